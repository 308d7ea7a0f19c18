/**
 * Shared pieces for the sent.dm adapter tests: wire fixtures shaped like docs.sent.dm's examples,
 * envelopes, a client factory that never waits between retries, and a nock reply that records
 * what was sent. nock 15 hands a reply function the Fetch `Request` (not `this.req`), and treats
 * a two-argument function as callback style, so replies here take exactly one argument.
 */
import nock from 'nock';
import { afterEach, beforeAll, expect } from 'vitest';
import { sentdm, type SentDmOptions } from '../../providers/sentdm';

export const BASE = 'https://api.sent.dm';
export const API_KEY = 'sk_test_5f3c9a7e1b2d4c6e8f0a';
export const ID = 'd4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8';
export const PROFILE = '0b7e4d2a-6c1f-4a3e-9d8b-5f2c1e0a9b7d';
export const OTHER_PROFILE = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
export const SECRET = 'whsec_dGVzdC1zaWduaW5nLXNlY3JldC0xMjM0NTY3OA==';
export const REQUEST_ID = 'req_7X9zKp2jDw';

/** A webhook as `GET /v3/webhooks/{id}` returns it (sent.dm's reference example). */
export function wireWebhook(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: ID,
    display_name: 'Order Notifications',
    endpoint_url: 'https://example.com/webhooks/orders',
    signing_secret: null,
    is_active: true,
    event_types: ['messages', 'templates'],
    event_filters: { message: ['delivered', 'failed'] },
    retry_count: 3,
    timeout_seconds: 30,
    last_delivery_attempt_at: '2026-01-20T14:00:00+00:00',
    last_successful_delivery_at: null,
    consecutive_failures: 2,
    created_at: '2026-01-15T10:30:00+00:00',
    updated_at: '2026-01-20T14:15:00+00:00',
    ...overrides,
  };
}

const meta = (requestId: string) => ({ request_id: requestId, timestamp: '2026-03-11T21:50:49.6680696+00:00', version: 'v3' });

/** A success envelope. */
export function ok(data: unknown, requestId = 'req_ok'): Record<string, unknown> {
  return { success: true, data, error: null, meta: meta(requestId) };
}

/** A failure envelope as the reference pages show it. */
export function fail(code: string, message: string, details: Record<string, string[]> | null = null): Record<string, unknown> {
  return {
    success: false, data: null,
    error: { code, message, details, doc_url: `https://docs.sent.dm/errors/${code}` },
    meta: meta(REQUEST_ID),
  };
}

/** A client on the default base URL; retries off unless asked for. */
export function client(options: Partial<SentDmOptions> = {}) {
  return sentdm({ apiKey: API_KEY, retry: false, ...options });
}

/** Retries on, with an injected sleep so nothing really waits. */
export const fastRetry = { retries: 2, sleep: async () => {} };

/** One request as the server saw it. */
export interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

/** Records every request answered through `reply`, in order. */
export function recorder() {
  const seen: Seen[] = [];
  const reply = (status: number, body?: unknown, headers?: Record<string, string>) => async (request: Request) => {
    const url = new URL(request.url);
    const text = await request.text();
    seen.push({
      method: request.method, path: url.pathname, query: url.searchParams, headers: request.headers,
      body: text === '' ? undefined : JSON.parse(text),
    });
    return headers ? [status, body, headers] : [status, body];
  };
  return { seen, reply };
}

/** Blocks real network, and fails a test that left an expected request unmade. */
export function useNock(): void {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    expect(pending).toEqual([]);
  });
}
