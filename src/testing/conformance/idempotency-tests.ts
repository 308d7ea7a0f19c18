import assert from 'node:assert/strict';
import type { TestGroup } from './scope';

/** Idempotency keys: a repeated create with one key is one webhook, where the provider deduplicates. */
export const idempotencyTests: TestGroup = ({ it, provider, input }) => {
  it('idempotencyKeys: two creates with one key make one webhook, or two as capabilities say', async () => {
    const hooks = provider();
    // Letters, digits and "-": the key format every provider accepts (sent.dm allows no more).
    const idempotencyKey = `conformance-${crypto.randomUUID()}`;
    const first = await hooks.create(input(70), { idempotencyKey });
    const second = await hooks.create(input(70), { idempotencyKey });
    const stored = (await hooks.list()).items.map((w) => w.id);
    if (hooks.capabilities.idempotencyKeys) {
      assert.equal(second.id, first.id, 'the repeated create answers with the first webhook');
      assert.deepEqual(stored, [first.id], 'one webhook exists');
    } else {
      // No deduplication is promised: the key is accepted and each create makes its own webhook.
      assert.notEqual(second.id, first.id, 'each create makes a webhook');
      assert.deepEqual([...stored].sort(), [first.id, second.id].sort(), 'two webhooks exist');
    }
  });
};
