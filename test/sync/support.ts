import { SIMULATORS } from '../../providers/catalogue/simulators';
import { PROVIDERS } from '../../providers/catalogue/clients';
import type { WebhookProvider } from '../../src/provider';
import type { Fault } from '../../src/testing/kit';

/** What the sync tests need of any simulator. */
export interface AnySimulator {
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly token?: string;
  readonly repo?: string;
  readonly requests: readonly unknown[];
  readonly webhooks: readonly Record<string, unknown>[];
  fail(fault: Fault): unknown;
  reset(): void;
  close(): Promise<void>;
}

/** A provider under test: how to reach its simulator, and three events it accepts. */
export interface SimCase {
  provider: string;
  events: [string, string, string];
  credentials: (sim: AnySimulator) => Record<string, unknown>;
}

const byKey = (sim: AnySimulator) => ({ apiKey: sim.apiKey });

/** The providers the sync tests know how to reach and subscribe. */
export const SIM_CASES: SimCase[] = [
  { provider: 'dialnexa', events: ['call.completed', 'call.failed', 'call.no_answer'], credentials: byKey },
  { provider: 'sentdm', events: ['message.delivered', 'message.failed', 'message.sent'], credentials: byKey },
  { provider: 'github', events: ['push', 'issues', 'pull_request'], credentials: (sim) => ({ token: sim.token, repo: sim.repo }) },
];

/** Every catalogue provider that has a simulator and a case here (GitHub once its simulator is listed). */
export const SIMULATED = SIM_CASES.filter((c) => Object.hasOwn(SIMULATORS, c.provider) && Object.hasOwn(PROVIDERS, c.provider));

/** The case of one provider. */
export function caseOf(provider: string): SimCase {
  return SIM_CASES.find((c) => c.provider === provider)!;
}

/** Starts the simulator of `provider`. */
export function startAny(provider: string): Promise<AnySimulator> {
  return (SIMULATORS as unknown as Record<string, (options?: unknown) => Promise<AnySimulator>>)[provider]!({});
}

/** A client on the simulator, for seeding and inspecting it outside sync. */
export function directClient(c: SimCase, sim: AnySimulator): WebhookProvider {
  const descriptor = (PROVIDERS as unknown as Record<string, { create(options: unknown): WebhookProvider }>)[c.provider]!;
  return descriptor.create({ ...c.credentials(sim), baseUrl: sim.baseUrl, retry: false });
}

/** Every webhook on the simulator, through the adapter. */
export async function everything(client: WebhookProvider) {
  const all = [];
  for await (const webhook of client.iterate()) all.push(webhook);
  return all;
}

/** The secret a simulator stores for webhook `id` (DialNexa `secret`, sent.dm `signing_secret`, GitHub `config.secret`). */
export function storedSecret(sim: AnySimulator, id: string): unknown {
  const record = sim.webhooks.find((w) => String(w.id) === id);
  if (!record) return undefined;
  return record.secret ?? record.signing_secret ?? (record.config as { secret?: unknown } | undefined)?.secret;
}

/**
 * A `fetch` for a target's options that counts the requests it sends, and can break one: `at(k,
 * fault)` injects `fault` into the k-th request from now on (1-based). A `'killed'` fault lets
 * the k-th request be handled and then behaves as a dead process: no response, nothing sent after.
 */
export function faultyFetch(sim: AnySimulator) {
  let sent = 0;
  let armed: { at: number; fault: Fault | 'killed' } | undefined;
  let dead = false;
  const impl: typeof fetch = async (input, init) => {
    if (dead) throw new TypeError('fetch failed (the process is dead)');
    sent += 1;
    if (armed && sent === armed.at) {
      if (armed.fault === 'killed') {
        dead = true;
        await fetch(input, init).then((response) => response.arrayBuffer(), () => undefined);
        throw new TypeError('fetch failed (the process died with this request in flight)');
      }
      sim.fail(armed.fault);
    }
    return fetch(input, init);
  };
  return {
    fetch: impl,
    get sent() { return sent; },
    at(k: number, fault: Fault | 'killed') { sent = 0; dead = false; armed = { at: k, fault }; },
    disarm() { armed = undefined; dead = false; },
  };
}
