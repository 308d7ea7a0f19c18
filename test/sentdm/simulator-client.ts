import type { SentDmSimulator } from '../../entries/testing';

/** A sent.dm response as the tests read it. */
export interface SentDmReply {
  status: number;
  headers: Headers;
  body: any;
}

/** Plain-fetch calls to a sent.dm simulator, with its key unless `headers` says otherwise. */
export function sentDmCaller(sim: () => SentDmSimulator) {
  return async (method: string, path: string, body?: unknown, headers: Record<string, string | undefined> = {}): Promise<SentDmReply> => {
    const all: Record<string, string> = { 'x-api-key': sim().apiKey };
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined) delete all[name];
      else all[name] = value;
    }
    if (body !== undefined) all['content-type'] = 'application/json';
    const response = await fetch(sim().baseUrl + path, {
      method, headers: all, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
  };
}

/** A valid create body. */
export const validWebhook = { display_name: 'Orders', endpoint_url: 'https://app.example/hooks', event_types: ['message'] };
