import * as vitest from 'vitest';
import { github } from '../../providers/github';
import { testProvider } from '../../entries/testing';
import { onSimulator } from '../core/testing/conformance/simulator-fixture';

const { expect } = vitest;

for (const scope of ['repo', 'org'] as const) {
  testProvider(vitest, {
    name: `github (${scope} hooks) on its simulator`,
    missingId: '1',
    // GitHub's test delivery for every hook is a ping (`push` tests exist for repository hooks only).
    testEvent: 'ping',
    setup: () => onSimulator('github', (sim) =>
      github(scope === 'repo' ? { token: sim.token, repo: sim.repo, baseUrl: sim.baseUrl } : { token: sim.token, org: sim.org, baseUrl: sim.baseUrl })),
    additionalTests: ({ runner, fixture, events }) => {
      // GitHub has no rotate endpoint: rotation PATCHes the config, so the hook must end up
      // holding exactly the secret the caller was told about, or deliveries stop verifying.
      runner.it('an emulated rotation is one PATCH of /config, and the hook then holds the secret it returned', async () => {
        const { provider, sim } = fixture();
        const created = await provider.create({ url: 'https://receiver.example/rotate', events: [events()[0]] });
        const before = sim.requests.length;
        const { secret } = await provider.rotateSecret(created.id);
        const base = scope === 'repo' ? `/repos/${sim.repo}` : `/orgs/${sim.org}`;
        expect(sim.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH ${base}/hooks/${created.id}/config`]);
        expect(sim.webhooks.find((w) => w.id === created.id)?.config.secret).toBe(secret);
      });

      runner.it('sendTestEvent(id, "ping") is a ping the simulator delivers and logs', async () => {
        const { provider, sim } = fixture();
        const created = await provider.create({ url: 'https://receiver.example/ping', events: [events()[0]] });
        await provider.sendTestEvent(created.id, 'ping');
        expect(sim.deliveries.map((d) => [d.webhookId, d.event])).toEqual([[created.id, 'ping']]);
        const page = await provider.listDeliveries(created.id);
        expect(page.items).toHaveLength(1);
      });
    },
  });
}
