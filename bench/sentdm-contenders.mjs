// The ways to GET one sent.dm webhook that the get() rows compare, each built the way its users
// would build it, all against the same simulator on loopback (keep-alive on every side: Node's
// fetch pools connections, and every contender below sends through it).
//   hookbridge  sentdm({ apiKey, baseUrl }) from 'hookbridge/sentdm', default options (30 s
//               timeout, retries on): validates the answer and maps it to the Webhook model.
//   sdk         the official @sentdm/sentdm client (class `Sent`, its default export),
//               maxRetries 0; `webhooks.retrieve(id)` returns the parsed envelope unvalidated.
//   ky          ky.create() with the same headers hookbridge sends (accept + x-api-key), its
//               own defaults otherwise, then JSON.parse: the floor for "ky plus our work".
//   fetch       bare fetch + JSON.parse: the floor for any client (info only).
import Sent from '@sentdm/sentdm';
import ky from 'ky';
import { sentdm } from 'hookbridge/sentdm';

/** `{ side: () => Promise<unknown> }` for webhook `id` on the simulator at `baseUrl`. */
export function sentdmContenders({ baseUrl, apiKey }, id) {
  const headers = { accept: 'application/json', 'x-api-key': apiKey };
  const path = `v3/webhooks/${encodeURIComponent(id)}`;
  return {
    hookbridge() {
      const hooks = sentdm({ apiKey, baseUrl });
      return () => hooks.get(id);
    },
    sdk() {
      const client = new Sent({ apiKey, baseURL: baseUrl, maxRetries: 0 });
      return () => client.webhooks.retrieve(id);
    },
    ky() {
      const api = ky.create({ baseUrl, headers, retry: 0 });
      return async () => JSON.parse(await api.get(path).text());
    },
    fetch() {
      const url = `${baseUrl}/${path}`;
      return async () => {
        const response = await fetch(url, { headers });
        if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
        return JSON.parse(await response.text());
      };
    },
  };
}

/** The webhook id in whatever shape a contender returns (model, envelope or wire object). */
export function idIn(result) {
  return result?.id ?? result?.data?.id;
}
