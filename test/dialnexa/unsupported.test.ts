import { describe, expect, it } from 'vitest';
import { UnsupportedOperationError } from '../../src/errors';
import { DIALNEXA_CAPABILITIES, DIALNEXA_EVENTS } from '../../providers/dialnexa';
import { client } from './support';

/** A fetch that fails the test if anything is sent. */
function noNetwork() {
  let calls = 0;
  const fetch = (async () => { calls++; return new Response('{}'); }) as typeof globalThis.fetch;
  return { fetch, calls: () => calls };
}

describe('DialNexa capabilities and unsupported operations', () => {
  it('capabilities say there is no test event, no delivery log and an emulated rotation', () => {
    const hooks = client();
    expect(hooks.capabilities).toBe(DIALNEXA_CAPABILITIES);
    expect(hooks.capabilities).toMatchObject({
      sendTestEvent: false, listDeliveries: false, rotateSecret: 'emulated', callerSecret: true,
      idempotencyKeys: false, maxPageSize: 100, search: false, names: false,
    });
    expect(Object.isFrozen(hooks.capabilities)).toBe(true);
  });

  it('sendTestEvent throws UnsupportedOperationError without sending', async () => {
    const network = noNetwork();
    const error = await client({ fetch: network.fetch }).sendTestEvent('wh_1', 'call.completed').catch((e: unknown) => e);
    expect(UnsupportedOperationError.isInstance(error)).toBe(true);
    expect((error as UnsupportedOperationError).message).toContain('capabilities.sendTestEvent');
    expect((error as UnsupportedOperationError).provider).toBe('dialnexa');
    expect(network.calls()).toBe(0);
  });

  it('listDeliveries throws UnsupportedOperationError without sending', async () => {
    const network = noNetwork();
    const error = await client({ fetch: network.fetch }).listDeliveries('wh_1').catch((e: unknown) => e);
    expect(UnsupportedOperationError.isInstance(error)).toBe(true);
    expect((error as UnsupportedOperationError).operation).toBe('listDeliveries');
    expect(network.calls()).toBe(0);
  });

  it('listEventTypes returns the documented catalogue without sending', async () => {
    const network = noNetwork();
    const types = await client({ fetch: network.fetch }).listEventTypes();
    expect(types.map((t) => t.name)).toEqual([
      'call.completed', 'call.failed', 'call.no_answer', 'campaign.completed', 'campaign.paused', 'workflow.lead.completed',
    ]);
    expect(types[0]).toEqual({ name: 'call.completed', description: 'A call ends successfully.' });
    expect(network.calls()).toBe(0);
  });

  it('listEventTypes hands out copies, so callers cannot change the catalogue', async () => {
    const types = await client().listEventTypes();
    types[0]!.name = 'changed';
    expect(DIALNEXA_EVENTS[0].name).toBe('call.completed');
  });
});
