import assert from 'node:assert/strict';
import { ConflictError } from '../../errors';
import type { TestGroup } from './scope';

/** Idempotency keys: a repeated create with one key is one webhook, where the provider deduplicates. */
export const idempotencyTests: TestGroup = ({ it, provider, input }) => {
  it('idempotencyKeys: two creates with one key make one webhook, or two as capabilities say', async () => {
    const hooks = provider();
    // Letters, digits and "-": the key format every provider accepts (sent.dm allows no more).
    const idempotencyKey = `conformance-${crypto.randomUUID()}`;
    const first = await hooks.create(input(70), { idempotencyKey });
    if (hooks.capabilities.idempotencyKeys) {
      const second = await hooks.create(input(70), { idempotencyKey });
      assert.equal(second.id, first.id, 'the repeated create answers with the first webhook');
      assert.deepEqual((await hooks.list()).items.map((w) => w.id), [first.id], 'one webhook exists');
      return;
    }
    // No deduplication is promised: the key is not a replay. Each create makes its own webhook,
    // or the provider refuses a second webhook on the same URL (a ConflictError, as GitHub's 422).
    let second;
    try {
      second = await hooks.create(input(70), { idempotencyKey });
    } catch (error) {
      assert.ok(ConflictError.isInstance(error), `the second create: expected a webhook or a ConflictError, got ${String(error)}`);
    }
    const stored = (await hooks.list()).items.map((w) => w.id);
    if (second === undefined) {
      assert.deepEqual(stored, [first.id], 'the refused create made nothing');
    } else {
      assert.notEqual(second.id, first.id, 'each create makes a webhook');
      assert.deepEqual([...stored].sort(), [first.id, second.id].sort(), 'two webhooks exist');
    }
  });
};
