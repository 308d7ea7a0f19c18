/**
 * Every shipped provider on its simulator, reached through `createWebhookClient`: what the
 * cross-provider tests loop over. `events` are names each one accepts.
 */
import { createWebhookClient, type WebhookClientConfig } from '../../providers/catalogue/clients';
import { startSimulator } from '../../entries/testing';
import type { Fault } from '../../src/testing/kit';

/** What the tests need of any simulator. */
export interface AnySim {
  readonly baseUrl: string;
  readonly webhooks: readonly unknown[];
  readonly requests: readonly { method: string; path: string; headers: Readonly<Record<string, string>> }[];
  fail(fault: Fault): { clear(): void };
  close(): Promise<void>;
}

/** One provider: its id, an event it accepts, and how to start its simulator and a client for it. */
export interface ProviderCase {
  provider: 'dialnexa' | 'sentdm' | 'github';
  event: string;
  start(): Promise<{ sim: AnySim; client(options?: Record<string, unknown>): ReturnType<typeof createWebhookClient> }>;
}

const sleepless = { retry: { sleep: async () => {} } };

export const PROVIDER_CASES: ProviderCase[] = [
  {
    provider: 'dialnexa', event: 'call.completed',
    async start() {
      const sim = await startSimulator('dialnexa');
      return { sim, client: (options = {}) => createWebhookClient({ provider: 'dialnexa', apiKey: sim.apiKey, baseUrl: sim.baseUrl, ...sleepless, ...options } as WebhookClientConfig) };
    },
  },
  {
    provider: 'sentdm', event: 'message.delivered',
    async start() {
      const sim = await startSimulator('sentdm');
      return { sim, client: (options = {}) => createWebhookClient({ provider: 'sentdm', apiKey: sim.apiKey, baseUrl: sim.baseUrl, ...sleepless, ...options } as WebhookClientConfig) };
    },
  },
  {
    provider: 'github', event: 'push',
    async start() {
      const sim = await startSimulator('github');
      return { sim, client: (options = {}) => createWebhookClient({ provider: 'github', token: sim.token, repo: sim.repo, baseUrl: sim.baseUrl, ...sleepless, ...options } as WebhookClientConfig) };
    },
  },
];
