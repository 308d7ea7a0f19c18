import { ValidationError } from '../errors';
import type { ProviderId } from '../model';
import { signatureFailure } from './failure';

function describe(secret: unknown): string {
  if (Array.isArray(secret)) return secret.length === 0 ? 'an empty list' : 'a list of empty strings';
  if (typeof secret === 'string') return 'an empty string';
  // Only the kind, never the value: a Buffer read from a secrets file stringifies to the secret.
  if (secret === undefined || secret === null) return String(secret);
  return `${secret instanceof Uint8Array ? 'bytes' : `a ${typeof secret}`} (pass the secret as a string)`;
}

/**
 * The usable signing secrets: one string, or several during a rotation window (any one may
 * match), each with its surrounding whitespace removed, for every provider alike: a secret read
 * from an env file often ends in a newline that is no part of it. Blank entries are dropped; none
 * left is `no_secret` — usually an unset environment variable, which must fail loudly instead of
 * letting every delivery look forged. `what` names where the value came from, for the message.
 */
export function signingSecrets(secret: unknown, provider: ProviderId, what = 'secret'): string[] {
  const usable: string[] = [];
  for (const item of Array.isArray(secret) ? secret as unknown[] : [secret]) if (typeof item === 'string' && item.trim() !== '') usable.push(item.trim());
  if (usable.length > 0) return usable;
  throw signatureFailure(
    provider,
    'no_secret',
    `No signing secret to verify the ${provider} delivery with: ${what} is ${describe(secret)}. ` +
      "Pass the webhook's signing secret (or a list of them while rotating), e.g. from an environment variable.",
  );
}

/** The one secret a sign function uses, trimmed as verification trims it; a blank one is a `ValidationError` (a test setup mistake). */
export function signingSecret(secret: unknown, provider: ProviderId): string {
  if (typeof secret === 'string' && secret.trim() !== '') return secret.trim();
  throw new ValidationError(`signWebhook(${provider}) needs a non-empty secret string.`, { provider, operation: 'signWebhook' });
}
