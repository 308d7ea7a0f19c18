import { afterAll, describe, expect, it } from 'vitest';
import { apply, formatPlan, plan } from '../../entries/sync';
import { fullApplyScenario } from './scenario';
import { directClient, SIMULATED, startAny, storedSecret, type AnySimulator } from './support';

const sims: AnySimulator[] = [];
afterAll(async () => { await Promise.all(sims.map((sim) => sim.close())); });

describe.each(SIMULATED)('on the $provider simulator', (c) => {
  it('right after a successful apply, a new plan has no changes; every new secret is the stored one', async () => {
    const sim = await startAny(c.provider);
    sims.push(sim);
    const client = directClient(c, sim);
    const scenario = fullApplyScenario(c, client);
    await scenario.seed();
    const config = scenario.config({ ...c.credentials(sim), baseUrl: sim.baseUrl }) as never;

    const planned = await plan(config);
    expect(planned.summary).toEqual({ create: 2, update: 1, delete: 2, unchanged: 1 });
    expect(formatPlan(planned)).toContain('Plan: 2 to create, 1 to update, 2 to delete, 1 unchanged.');
    const result = await apply(planned);
    expect(result.changes).toHaveLength(5);

    const again = await plan(config);
    expect(again.changes.filter((change) => change.action !== 'noop')).toEqual([]);
    expect(again.summary).toEqual({ create: 0, update: 0, delete: 0, unchanged: 4 });
    await scenario.assertConverged();
    expect(result.secrets.map((s) => s.url).sort()).toEqual(['https://app.example/hooks/create', 'https://app.example/hooks/create-inactive']);
    for (const { id, secret } of result.secrets) expect(storedSecret(sim, id)).toBe(secret);
  });
});
