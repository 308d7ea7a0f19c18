import type { WebhookProvider } from '../../../../src/provider';
import { createMemoryProvider, type MemoryProviderOptions } from '../../../../entries/testing';
import { testProvider, type ConformanceFixture, type ConformanceOptions } from '../../../../entries/testing';

/** A suite registered with a runner that only collects: its tests, run one at a time on demand. */
export interface CollectedSuite {
  /** Every registered test name, in order. */
  names: string[];
  /** Names registered inside the suite's describe block. */
  insideDescribe: Set<string>;
  /** Runs one test with the before/after hooks: by its full name, or a prefix only one name has. */
  run: (name: string) => Promise<void>;
}

/** Registers the suite with a collecting runner, so a test can check which cases pass or fail. */
export function collect<F extends ConformanceFixture>(options: ConformanceOptions<F>): CollectedSuite {
  const tests = new Map<string, () => Promise<void>>();
  const insideDescribe = new Set<string>();
  const before: Array<() => Promise<void>> = [];
  const after: Array<() => Promise<void>> = [];
  let depth = 0;
  testProvider({
    describe: (_name, body) => { depth++; body(); depth--; },
    it: (name, body) => { tests.set(name, body); if (depth > 0) insideDescribe.add(name); },
    beforeEach: (body) => before.push(body),
    afterEach: (body) => after.push(body),
  }, options);
  const find = (name: string) => {
    const exact = tests.get(name);
    if (exact) return exact;
    const matching = [...tests.keys()].filter((key) => key.startsWith(name));
    if (matching.length !== 1) throw new Error(`${matching.length} tests named ${name}`);
    return tests.get(matching[0]!)!;
  };
  return {
    names: [...tests.keys()],
    insideDescribe,
    run: async (name) => {
      const body = find(name);
      for (const hook of before) await hook();
      try { await body(); } finally { for (const hook of after) await hook(); }
    },
  };
}

/** A change to a memory provider: the methods (and capabilities) that replace the real ones. */
export type Breakage = (real: WebhookProvider) => Partial<WebhookProvider>;

/** The suite on a memory provider (built with `memory`) with `change` applied over it. */
export function broken(change: Breakage, memory: MemoryProviderOptions = {}, sentRequests?: () => number): CollectedSuite {
  return collect({
    name: 'broken',
    setup: () => {
      const real = createMemoryProvider(memory);
      return { provider: { ...real, ...change(real) }, ...(sentRequests ? { sentRequests } : {}) };
    },
  });
}

/** Create and update pass the calls on without `field`: the provider silently drops it. */
export const dropping = (field: 'name' | 'eventFilters' | 'delivery' | 'secret'): Breakage => (real) => ({
  create: (input, call) => real.create({ ...input, [field]: undefined }, call),
  update: (id, patch, call) => real.update(id, { ...patch, [field]: undefined }, call),
});

/** Create drops the caller's idempotency key on the way: every create makes a webhook. */
export const forgettingKeys: Breakage = (real) => ({
  create: (input, call) => real.create(input, { ...call, idempotencyKey: undefined }),
});
