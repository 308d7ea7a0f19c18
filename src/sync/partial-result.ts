/**
 * What a failed apply had done before it stopped, kept on the error it throws: the changes it
 * made and, above all, the secrets of the webhooks it created, which exist nowhere else.
 * @module
 */
import type { SyncChange, SyncResult } from './plan-types';

const PARTIAL = /* @__PURE__ */ Symbol.for('hookbridge.sync.partial');

/**
 * `error` with what apply did before it, attached non-enumerably (so no log, `toJSON()` or
 * inspected form shows a secret) and summed up in its message.
 */
export function stoppedAt(error: unknown, done: SyncResult, index: number, total: number, change: SyncChange): unknown {
  if (typeof error !== 'object' || error === null) return error;
  Object.defineProperty(error, PARTIAL, { value: done, enumerable: false, configurable: true });
  if (error instanceof Error) {
    const secrets = done.secrets.length > 0 ? ` and ${done.secrets.length} new secret${done.secrets.length === 1 ? '' : 's'}` : '';
    error.message += ` (apply stopped at change ${index + 1} of ${total}, ${change.action} ${change.target} ${change.url}; ` +
      `${done.changes.length} applied before it${secrets}: partialResultOf(error) has them; a new plan shows what is left)`;
  }
  return error;
}

/**
 * What a failed `apply` did before it stopped, or `undefined` for any other error.
 *
 * @example
 * try { await apply(planned) } catch (error) {
 *   const done = partialResultOf(error);
 *   if (done) await saveSecrets(done.secrets); // created webhooks' secrets exist nowhere else
 *   throw error;
 * }
 */
export function partialResultOf(error: unknown): SyncResult | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  return (error as Record<symbol, SyncResult | undefined>)[PARTIAL];
}
