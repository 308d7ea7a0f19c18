import * as vitest from 'vitest';
import { dialnexa } from '../../providers/dialnexa';
import { testProvider } from '../../entries/testing';
import { onSimulator } from '../core/testing/conformance/simulator-fixture';

const { expect } = vitest;

testProvider(vitest, {
  name: 'dialnexa on its simulator',
  missingId: 'whk_doesnotexist',
  setup: () => onSimulator('dialnexa', (sim) => dialnexa({ apiKey: sim.apiKey, baseUrl: sim.baseUrl })),
  additionalTests: ({ runner, fixture }) => {
    // DialNexa has no rotate endpoint: rotation is a PATCH of `secret`, so the server must end up
    // holding exactly the secret the caller was told about, or deliveries stop verifying.
    runner.it('an emulated rotation is one PATCH, and the server then holds the secret it returned', async () => {
      const { provider, sim } = fixture();
      const created = await provider.create({ url: 'https://receiver.example/rotate', events: ['call.completed'] });
      const before = sim.requests.length;
      const { secret } = await provider.rotateSecret(created.id);
      expect(sim.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /v1/user-webhooks/${created.id}`]);
      expect(sim.webhooks.find((w) => w.id === created.id)?.secret).toBe(secret);
    });
  },
});
