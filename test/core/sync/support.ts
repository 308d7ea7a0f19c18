import type { ClientCatalogue } from '../../../src/client-factory';
import type { Capabilities } from '../../../src/provider';
import { applyFrom, formatPlan, loadConfigFile, planFrom, type ApplyOptions, type PlanOptions } from '../../../src/sync';
import { createMemoryProvider, type MemoryProvider } from '../../../src/testing/memory';

/** What a memory target's options are: which account, and how that account's provider behaves. */
export interface MemoryTargetOptions {
  account: string;
  capabilities?: Partial<Capabilities>;
}

/**
 * A catalogue of one provider, `memory`, whose targets are in-memory accounts that keep their
 * webhooks between plans (by `account` name), so sync can be tested without HTTP.
 */
export function memoryWorld() {
  const accounts = new Map<string, MemoryProvider>();
  const account = (name: string, capabilities?: Partial<Capabilities>): MemoryProvider => {
    let found = accounts.get(name);
    if (!found) accounts.set(name, (found = createMemoryProvider({ capabilities: capabilities ?? {} })));
    return found;
  };
  const catalogue = {
    memory: {
      create: (options: MemoryTargetOptions) => account(options.account, options.capabilities),
      apiKeyVariable: 'MEMORY_API_KEY',
      fromEnv: () => ({ account: 'default' }),
      signing: undefined as never,
    },
  } as unknown as ClientCatalogue;
  return {
    catalogue,
    account,
    plan: (config: unknown, options?: PlanOptions) => planFrom(catalogue, config, options),
    apply: (planned: unknown, options?: ApplyOptions) => applyFrom(catalogue, planned, options),
    load: (path?: string, options?: { cwd?: string; env?: Record<string, string> }) => loadConfigFile(['memory'], path, options),
    /** plan, then apply that plan. */
    async sync(config: unknown, options: PlanOptions & ApplyOptions = {}) {
      const planned = await planFrom(catalogue, config, options);
      return { planned, text: formatPlan(planned), result: await applyFrom(catalogue, planned, options) };
    },
  };
}

/** A config with one memory target `main` owning https://app.example/hooks/. */
export function oneTarget(webhooks: unknown[], extra: Record<string, unknown> = {}, target: Record<string, unknown> = {}) {
  return {
    targets: { main: { provider: 'memory', account: 'main', owns: ['https://app.example/hooks/'], ...target } },
    webhooks,
    ...extra,
  };
}
