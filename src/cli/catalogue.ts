import type { InboundEvent } from '../model';
import type { Env, SampleDelivery } from '../provider-descriptor';
import type { WebhookProvider } from '../provider';
import type { SignDeliveryOptions, VerifyDeliveryOptions } from '../verify/options';
import type { SyncLibrary } from './sync-library';

/** What `simulate` needs of a running simulator. */
export interface RunningSimulator {
  readonly baseUrl: string;
  readonly apiKey: string;
  /** The environment the webhook commands need to reach it. */
  readonly env: Readonly<Record<string, string>>;
  close(): Promise<void>;
}

/** What the CLI needs to build provider clients: loaded on first use, as it carries the HTTP stack. */
export interface ClientFacts {
  /** The variable each provider's API key comes from (`DIALNEXA_API_KEY`), for hints. */
  apiKeyVariables: Readonly<Record<string, string>>;
  /** `webhookClientFromEnv`. */
  clientFromEnv(env: Env): WebhookProvider<any>;
  /** A delivery of `event` in `provider`'s own body format (its descriptor's `sampleDelivery`). */
  sampleDelivery(provider: string, event: string, data: Record<string, unknown>, now: Date): SampleDelivery;
}

/**
 * Everything provider-specific the CLI uses, handed in by its entry (`entries/cli.ts`) from the
 * catalogue, so that src/ still imports no provider and a new catalogue line is a new CLI
 * provider without a change here.
 */
export interface CliCatalogue {
  /** The package version, for `--version`. */
  version: string;
  /** Every provider id, for help and for checking a `<provider>` argument. */
  providers: readonly string[];
  /**
   * Loads the clients' side of the catalogue. Loaded only by the commands that call a provider,
   * so that `--help`, `verify` and `trigger` start without an HTTP client.
   */
  loadClients(): Promise<ClientFacts>;
  /** `signWebhook`. */
  signWebhook(options: SignDeliveryOptions & { provider: string }): Promise<Record<string, string>>;
  /** `verifyWebhook`. */
  verifyWebhook(options: VerifyDeliveryOptions & { provider: string }): Promise<InboundEvent>;
  /** `startSimulator`, with the kit's options every simulator takes (the simulators load on first use). */
  startSimulator(provider: string, options: { port?: number; apiKey?: string }): Promise<RunningSimulator>;
  /** Loads `hookbridge/sync`, for `plan` and `apply` only (the other commands start without it). */
  loadSync(): Promise<SyncLibrary>;
}
