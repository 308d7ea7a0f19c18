import type { ClientOptions } from '../../src/transport/client-options';

/** Options for `dialnexa()`. */
export interface DialNexaOptions extends ClientOptions {
  /** Send event names outside the documented catalogue (DialNexa's taxonomy is in flux). */
  allowUnknownEvents?: boolean;
}

/** DialNexa's documented base URL; a `baseUrl` option replaces it whole. */
export const DIALNEXA_BASE_URL = 'https://api.dialnexa.com/v1';
