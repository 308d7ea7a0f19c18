import type { CallOptions } from '../../src/model';
import type { WebhookProvider } from '../../src/provider';
import type { ClientOptions } from '../../src/transport/client-options';
import type { DialNexaEventName } from './events';

/** Options for `dialnexa()`. */
export interface DialNexaOptions extends ClientOptions {
  /** Send event names outside the documented catalogue (DialNexa's taxonomy is in flux). */
  allowUnknownEvents?: boolean;
}

/** DialNexa's documented base URL; a `baseUrl` option replaces it whole. */
export const DIALNEXA_BASE_URL = 'https://api.dialnexa.com/v1';

/** The DialNexa provider: `id` is `'dialnexa'`, and `events` autocomplete DialNexa's catalogue. */
export type DialNexaProvider = WebhookProvider<CallOptions, 'dialnexa', DialNexaEventName>;
