import * as vitest from 'vitest';
import { sentdm } from '../../providers/sentdm';
import { testProvider } from '../../entries/testing';
import { onSimulator } from '../core/testing/conformance/simulator-fixture';

const { expect } = vitest;

testProvider(vitest, {
  name: 'sentdm on its simulator',
  // sent.dm ids are UUIDs; a malformed one is a 400, not a 404.
  missingId: '00000000-0000-4000-8000-000000000000',
  setup: () => onSimulator('sentdm', (sim) => sentdm({ apiKey: sim.apiKey, baseUrl: sim.baseUrl })),
  additionalTests: ({ runner, fixture, events }) => {
    // sent.dm's search looks at the display name as well as the endpoint URL.
    runner.it('search matches display names as well as URLs', async () => {
      const { provider } = fixture();
      const named = await provider.create({ url: 'https://receiver.example/a', events: [events()[0]], name: 'Billing alerts' });
      await provider.create({ url: 'https://receiver.example/b', events: [events()[0]], name: 'Support' });
      expect((await provider.list({ search: 'billing' })).items.map((w) => w.id)).toEqual([named.id]);
    });

    // Create has no `is_active`: an inactive webhook is a create and then a toggle-status.
    runner.it('create with active: false is a POST then a toggle-status, and the stored webhook is inactive', async () => {
      const { provider, sim } = fixture();
      const before = sim.requests.length;
      const created = await provider.create({ url: 'https://receiver.example/off', events: [events()[0]], active: false });
      expect(created.active).toBe(false);
      expect(sim.requests.slice(before).map((r) => `${r.method} ${r.path}`))
        .toEqual(['POST /v3/webhooks', `PATCH /v3/webhooks/${created.id}/toggle-status`]);
      expect(sim.webhooks.map((w) => w.is_active)).toEqual([false]);
    });
  },
});
