/**
 * Shared pieces for the core transport tests: a transport for a made-up provider, a sleep that
 * records the waits it is asked for (so retry tests never wait for real), and a nock reply that
 * answers late.
 */
import { createTransport, type ClientOptions, type Transport } from '../../src/http';
import type { HttpResponse } from '../../src/response-body';

export const ORIGIN = 'https://api.example.test';
export const API_KEY = 'sk_test_4f9a8b7c6d5e';

/** A transport for a provider that speaks `{ message }` errors, with `retry.sleep` recorded. */
export function testTransport(options: Partial<ClientOptions> & { idempotencyHeader?: string } = {}): Transport {
  return createTransport({
    apiKey: API_KEY,
    ...options,
    provider: 'test',
    baseUrl: options.baseUrl ?? `${ORIGIN}/v1`,
    authHeaders: { authorization: `Bearer ${API_KEY}` },
    describeError: (res: HttpResponse) => {
      const body = res.json as { message?: unknown } | undefined;
      return { message: typeof body?.message === 'string' ? body.message : `HTTP ${res.status}` };
    },
  });
}

/** A `retry.sleep` that resolves at once and remembers every delay it was asked for. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => { delays.push(ms); } };
}

/** Reads the JSON body of a 2xx response, as the adapters do. */
export const readJson = (res: HttpResponse): unknown => res.json;

/**
 * A nock reply function that answers after `ms`. nock 15's own `.delay()` flushes the headers
 * first and delays only the body; aborting the request during that body crashes Node's undici
 * (`assert(!this.aborted)`), so late answers are made by waiting before replying instead.
 */
export function lateReply(ms: number, status: number, body: unknown = {}) {
  return async (): Promise<[number, string]> => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return [status, JSON.stringify(body)];
  };
}
