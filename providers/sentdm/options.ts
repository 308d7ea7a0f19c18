import * as v from 'valibot';
import { ConfigurationError } from '../../src/errors';
import type { CallOptions } from '../../src/model';
import type { WebhookProvider } from '../../src/provider';
import type { ClientOptions } from '../../src/transport/client-options';
import { callInput } from './input';

/** sent.dm's documented base URL (paths are `/v3/webhooks...`); a `baseUrl` option replaces it whole. */
export const SENTDM_BASE_URL = 'https://api.sent.dm';

/** Options for `sentdm()`. */
export interface SentDmOptions extends ClientOptions {
  /**
   * The child profile every call acts for, sent as `x-profile-id` (organization keys only; a
   * profile key gets a 403). A call's own `profileId` overrides it.
   */
  profileId?: string;
  /**
   * Sends `sandbox: true` in the body of every mutation (create, update, toggle, rotate-secret,
   * test): sent.dm validates the request and answers realistically without writing anything.
   * `delete` is refused in sandbox mode, since sent.dm documents no sandbox for DELETE.
   */
  sandbox?: boolean;
}

/** Per-call options for sent.dm. */
export interface SentDmCallOptions extends CallOptions {
  /** Acts for this child profile (`x-profile-id`) instead of the client's `profileId`. */
  profileId?: string;
}

/**
 * The sent.dm provider: a `WebhookProvider` whose `id` is `'sentdm'` and whose methods also take `SentDmCallOptions`. It is
 * assignable to `WebhookProvider`, so it can stand wherever a provider is configured.
 */
export type SentDmProvider = WebhookProvider<SentDmCallOptions, 'sentdm'>;

/** Checks the sent.dm-only options at construction, naming the setting and where it comes from. */
export function checkSentDmOptions(options: SentDmOptions): void {
  if (options.profileId !== undefined && !v.is(callInput.entries.profileId, options.profileId)) {
    throw new ConfigurationError(
      'sentdm: profileId must be a profile id (a UUID) of letters, digits, "-" or "_" (or SENT_DM_PROFILE_ID for webhookClientFromEnv())',
      { provider: 'sentdm' },
    );
  }
  if (options.sandbox !== undefined && typeof options.sandbox !== 'boolean') {
    throw new ConfigurationError('sentdm: sandbox must be true or false', { provider: 'sentdm' });
  }
}
