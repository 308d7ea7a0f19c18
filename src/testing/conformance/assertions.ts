import assert from 'node:assert/strict';
import { ValidationError, type WebhookError } from '../../errors';
import type { Webhook } from '../../model';
import type { TestScope } from './scope';

/** Awaits `promise` and asserts it rejects with `kind` (checked with `isInstance`, so across copies of the package). */
export async function rejectsWith(promise: Promise<unknown>, kind: typeof WebhookError, what: string): Promise<WebhookError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(kind.isInstance(error), `${what}: expected ${kind.name}, got ${String(error)}`);
    return error as WebhookError;
  }
  assert.fail(`${what}: expected ${kind.name}, but it succeeded`);
}

/**
 * Asserts that `call` is a `ValidationError` whose details name `field`, and, when the fixture
 * counts requests, that nothing reached the provider: refused input must never be sent.
 */
export async function refusedBeforeSending(scope: TestScope, call: () => Promise<unknown>, field: string, what: string): Promise<void> {
  const before = scope.sentRequests();
  const error = await rejectsWith(call(), ValidationError, what);
  assert.ok(error.details && field in error.details, `${what}: details name the ${field} field`);
  if (before !== undefined) assert.equal(scope.sentRequests(), before, `${what}: nothing was sent`);
}

/** Every item an async iterable yields, in order. */
export async function collect(iterable: AsyncIterable<Webhook>): Promise<Webhook[]> {
  const out: Webhook[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}
