/** Shared pieces for the DialNexa tests: the client under test and wire objects as the docs show them. */
import { dialnexa, type DialNexaOptions } from '../../providers/dialnexa';

export const ORIGIN = 'https://api.dialnexa.com';
/** DialNexa keys are `key_id:secret`, sent whole as the Bearer token. */
export const API_KEY = 'key_7Hq2Lm:sk_live_9f8e7d6c5b4a3921';
export const AUTH = `Bearer ${API_KEY}`;

/** A client whose retries never wait for real. */
export function client(options: Partial<DialNexaOptions> = {}) {
  return dialnexa({ apiKey: API_KEY, retry: { sleep: async () => {} }, ...options });
}

/** A webhook as DialNexa's reference examples show it: flat, `created_at`, `is_active`. */
export function wireWebhook(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    url: 'https://yourapp.com/webhooks/dialnexa',
    events: ['call.completed', 'call.failed'],
    is_active: true,
    created_at: '2024-04-01T08:00:00.000Z',
    ...overrides,
  };
}
