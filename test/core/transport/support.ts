/**
 * Shared pieces for the core transport tests: a transport for a made-up provider, a sleep that
 * records the waits it is asked for (so retry tests never wait for real), and a nock reply that
 * answers late.
 */
import { inspect } from 'node:util';
import { WebhookError } from '../../../src/errors';
import type { ClientOptions } from '../../../src/transport/client-options';
import { createTransport } from '../../../src/transport/create-transport';
import type { FailureDescription } from '../../../src/transport/failed-response';
import { rateLimitResetMs } from '../../../src/transport/rate-limit-reset';
import type { RequestSpec } from '../../../src/transport/request-spec';
import type { HttpResponse } from '../../../src/transport/response';

export const ORIGIN = 'https://api.example.test';
export const API_KEY = 'sk_test_4f9a8b7c6d5e';

/** The made-up provider's failure reader: `{ message }` bodies, and `X-RateLimit-Reset` on a 429. */
export function readTestFailure(res: HttpResponse): FailureDescription {
  const body = res.json as { message?: unknown } | undefined;
  return {
    message: typeof body?.message === 'string' ? body.message : `HTTP ${res.status}`,
    retryAfter: rateLimitResetMs(res.status, res.headers, Date.now(), { smallValuesAreDelays: true }),
  };
}

/** A request to the made-up provider: its failure reader unless the test gives its own. */
export type TestRequest<T> = Omit<RequestSpec<T>, 'readFailure'> & Partial<Pick<RequestSpec<T>, 'readFailure'>>;

/** A transport for the made-up provider, whose requests read failures with `readTestFailure`. */
export interface TestTransport {
  readonly provider: string;
  request<T>(spec: TestRequest<T>): Promise<T>;
}

/** A transport for a provider that speaks `{ message }` errors, with `retry.sleep` recorded. */
export function testTransport(options: Partial<ClientOptions> & { idempotencyHeader?: string } = {}): TestTransport {
  const { apiKey: _apiKey, ...rest } = options;
  const transport = createTransport({
    ...rest,
    provider: 'test',
    baseUrl: options.baseUrl ?? `${ORIGIN}/v1`,
    credentials: { headers: { authorization: `Bearer ${API_KEY}` }, secrets: [API_KEY] },
  });
  return { provider: transport.provider, request: (spec) => transport.request({ readFailure: readTestFailure, ...spec }) };
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

/** Every place an error's text can show up: message, stack, body, details, toJSON and inspect. */
export function everyForm(error: WebhookError): string {
  return [error.message, error.stack, error.responseBody, JSON.stringify(error.details), JSON.stringify(error), inspect(error)].join('\n');
}

/** The WebhookError a promise rejects with; anything else fails the test. */
export async function failure(promise: Promise<unknown>): Promise<WebhookError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!WebhookError.isInstance(error)) throw new Error(`expected a WebhookError, got ${String(error)}`);
  return error;
}
