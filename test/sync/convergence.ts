import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apply, partialResultOf, plan, type SyncSecret } from '../../entries/sync';
import type { Fault } from '../../src/testing/kit';
import { fullApplyScenario } from './scenario';
import { caseOf, directClient, faultyFetch, startAny, storedSecret, type AnySimulator } from './support';

// The convergence matrix: for every request k of a full apply (counted from a clean run), the
// apply meets a fault at request k, then a rerun (a new plan, a new apply) must end with exactly
// one webhook per entry, the declared fields, and a plan with no changes. Three faults each:
// - `drop`: request k takes effect and its response is lost (retries off, so nothing repeats it);
// - `500`: request k is refused without taking effect;
// - `killed`: request k takes effect, then the process is gone (nothing more is sent).
const FAULTS: Record<string, Fault | 'killed'> = {
  drop: { kind: 'drop', when: 'after-handling' },
  500: { kind: 'status', status: 500 },
  killed: 'killed',
};

/**
 * The matrix on one provider's simulator. `requests` is the count of one clean full apply, pinned
 * so that a change in how many requests apply sends is noticed (and the matrix still covers
 * every one of them). One file per provider, so they run side by side.
 */
export function describeConvergence(provider: string, requests: number): void {
  const c = caseOf(provider);
  describe(`convergence on the ${provider} simulator`, () => {
    let sim: AnySimulator;
    beforeAll(async () => { sim = await startAny(c.provider); });
    afterAll(async () => { await sim.close(); });

    async function fresh() {
      sim.reset();
      const client = directClient(c, sim);
      const scenario = fullApplyScenario(c, client);
      await scenario.seed();
      const faults = faultyFetch(sim);
      const config = scenario.config({ ...c.credentials(sim), baseUrl: sim.baseUrl, retry: false, fetch: faults.fetch }) as never;
      return { scenario, faults, config };
    }

    it('a clean full apply sends a known number of requests', async () => {
      const { faults, config } = await fresh();
      const planned = await plan(config);
      const before = sim.requests.length;
      faults.at(Infinity, 'killed');
      await apply(planned);
      expect(sim.requests.length - before).toBe(faults.sent);
      expect(faults.sent).toBe(requests);
    });

    const positions = Array.from({ length: requests }, (_, i) => i + 1);
    const matrix = positions.flatMap((k) => Object.keys(FAULTS).map((fault) => ({ k, fault })));

    it.each(matrix)('a $fault at request $k, then a rerun: one webhook per entry, plan empty', async ({ k, fault }) => {
      const { scenario, faults, config } = await fresh();
      const secrets: SyncSecret[] = [];
      const planned = await plan(config);
      const before = sim.requests.length;
      faults.at(k, FAULTS[fault]!);
      const first = await apply(planned).then((result) => ({ result }), (error: unknown) => ({ error }));
      // Only a lost create response is survived within the same apply: the webhook is found by
      // its URL and its secret recovered. Every other fault fails the apply.
      const hit = sim.requests[before + k - 1] as { method: string; path: string };
      const lostCreate = fault === 'drop' && hit.method === 'POST' && !hit.path.includes('/rotate');
      expect('error' in first, `${hit.method} ${hit.path}`).toBe(!lostCreate);
      if ('error' in first) secrets.push(...(partialResultOf(first.error)?.secrets ?? []));
      else secrets.push(...first.result.secrets);
      faults.disarm();

      const rerun = await apply(await plan(config));
      secrets.push(...rerun.secrets);
      const webhooks = await scenario.assertConverged();
      const after = await plan(config);
      expect(after.summary).toMatchObject({ create: 0, update: 0, delete: 0 });

      // No secret ever handed out is wrong; unless the process died mid-create, none is missing.
      const latest = new Map(secrets.map((s) => [s.id, s.secret]));
      for (const [id, secret] of latest) expect(storedSecret(sim, id), id).toBe(secret);
      if (fault !== 'killed') {
        const created = webhooks.filter((w) => w.url.includes('/create'));
        expect(created.map((w) => latest.has(w.id))).toEqual([true, true]);
      }
    });
  });
}
