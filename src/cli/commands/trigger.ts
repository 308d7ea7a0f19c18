import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { booleanFlag, requiredFlag, stringFlag } from '../flag-values';
import { providerArgument } from '../provider-argument';
import { JSON_FLAG } from '../provider-flags';
import { samplePayload } from '../sample-payload';
import { renderFields } from '../table';
import { usageError } from '../usage-error';

const DEFAULT_EVENT = 'test';
const TIMEOUT_MS = 10_000;
const RESPONSE_PREVIEW = 2_000;

function payloadFrom(text: string | undefined, now: Date): Record<string, unknown> {
  if (text === undefined) return samplePayload(now);
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    throw usageError('trigger', '--data must be a JSON object, e.g. --data \'{"call":{"id":"call_1"}}\'', '--data');
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw usageError('trigger', '--data must be a JSON object, e.g. --data \'{"call":{"id":"call_1"}}\'', '--data');
  }
  return data as Record<string, unknown>;
}

function urlFrom(text: string): URL {
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (url?.protocol === 'http:' || url?.protocol === 'https:') return url;
  throw usageError('trigger', '--url must be an http or https URL', '--url');
}

/** `hookbridge trigger <provider>`: a signed sample delivery, sent to a receiver. */
export const triggerCommand: Command = {
  name: 'trigger',
  group: 'local',
  summary: 'send a correctly signed sample delivery to your receiver',
  usage: 'trigger <provider> --url URL --secret S [--event TYPE] [--data JSON] [flags]',
  description: [
    "POSTs a delivery signed exactly as the provider signs (its headers, its HMAC, its timestamp),",
    'so your receiver\'s verification runs for real, and exits 1 unless the receiver answers 2xx.',
    "--event names the event as the provider delivers it (docs/providers/ lists each one's). The body",
    "is in the provider's own format, with DATA as the event's payload (and the ids its typed events",
    "need when DATA has none). stdout gets the receiver's status and response.",
  ].join('\n'),
  args: { names: '<provider>', min: 1, max: 1 },
  flags: {
    url: { type: 'string', value: 'URL', description: 'the receiver, e.g. http://127.0.0.1:3000/webhooks' },
    secret: { type: 'string', value: 'S', description: 'the signing secret your receiver verifies with' },
    event: { type: 'string', value: 'TYPE', description: `the event type (default "${DEFAULT_EVENT}")` },
    data: { type: 'string', value: 'JSON', description: 'the payload (default: a small sample object)' },
    ...JSON_FLAG,
  },
  examples: [
    'hookbridge trigger {provider} --url http://127.0.0.1:3000/webhooks --secret "$WEBHOOK_SECRET" --event EVENT',
    'hookbridge trigger {provider} --url http://127.0.0.1:3000/webhooks --secret "$WEBHOOK_SECRET" --data \'{"id":"x_1"}\' --json',
  ],
  async run({ out, args, flags, catalogue }) {
    const provider = providerArgument('trigger', catalogue, args[0]!);
    const url = urlFrom(requiredFlag('trigger', flags, 'url', 'URL'));
    const secret = requiredFlag('trigger', flags, 'secret', 'S');
    const event = stringFlag(flags, 'event') ?? DEFAULT_EVENT;
    const now = new Date();
    const { sampleDelivery } = await catalogue.loadClients();
    const { body, sign } = sampleDelivery(provider, event, payloadFrom(stringFlag(flags, 'data'), now), now);
    const signature = await catalogue.signWebhook({ provider, body, secret, timestamp: Math.floor(now.getTime() / 1000), ...sign });
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST', body, signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: { 'content-type': 'application/json', 'user-agent': 'hookbridge-trigger', ...signature },
      });
    } catch (error) {
      const why = (error as Error).name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
      out.error(`could not deliver to ${url.origin}${url.pathname}: ${why}`);
      return EXIT.failure;
    }
    const text = (await response.text()).slice(0, RESPONSE_PREVIEW);
    if (booleanFlag(flags, 'json')) out.json({ provider, event, url: url.href, status: response.status, ok: response.ok, response: text });
    else out.data(renderFields([['event', event], ['url', url.href], ['status', String(response.status)], ['response', text || undefined]], out.paint));
    if (!response.ok) out.error(`the receiver answered ${response.status}`);
    return response.ok ? EXIT.ok : EXIT.failure;
  },
};
