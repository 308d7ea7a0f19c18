import assert from 'node:assert/strict';
import { UnsupportedOperationError } from '../../errors';
import { rejectsWith } from './assertions';
import type { TestGroup } from './scope';

/** The operations a provider may lack (test events, the delivery log) and its event catalogue. */
export const operationTests: TestGroup = ({ it, provider, events, input, testEvent }) => {
  it('sendTestEvent works or is refused as capabilities say', async () => {
    const hooks = provider();
    const created = await hooks.create(input(40));
    if (hooks.capabilities.sendTestEvent) {
      const result = await hooks.sendTestEvent(created.id, testEvent ?? events()[0]);
      assert.equal(typeof result.delivered, 'boolean');
    } else {
      await rejectsWith(hooks.sendTestEvent(created.id, testEvent ?? events()[0]), UnsupportedOperationError, 'sendTestEvent');
    }
  });

  it('listDeliveries works or is refused as capabilities say', async () => {
    const hooks = provider();
    const created = await hooks.create(input(50));
    if (hooks.capabilities.listDeliveries) {
      const page = await hooks.listDeliveries(created.id);
      assert.ok(Array.isArray(page.items));
    } else {
      await rejectsWith(hooks.listDeliveries(created.id), UnsupportedOperationError, 'listDeliveries');
    }
  });

  it('listEventTypes gives names that create accepts', async () => {
    const hooks = provider();
    const types = await hooks.listEventTypes();
    assert.ok(types.every((t) => typeof t.name === 'string' && t.name.length > 0));
    const created = await hooks.create({ url: 'https://receiver.example/all', events: types.slice(0, 2).map((t) => t.name) });
    assert.equal(created.events.length, Math.min(2, types.length));
  });
};
