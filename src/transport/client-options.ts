import type { WebhookError } from '../errors';
import type { ProviderId } from '../model';

/** Retry settings. `false` turns retries off. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  retries?: number;
  /** First backoff delay in ms (default 500); doubles each retry, with jitter. */
  minDelay?: number;
  /** Cap on any wait in ms, including a provider's `Retry-After` (default 30 000). */
  maxDelay?: number;
  /** Replaces the wait between attempts: a seam for tests (fake clocks) and custom schedulers. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** What hooks are told about a request. Never includes headers, so never a key. */
export interface RequestInfo {
  provider: ProviderId;
  operation: string;
  method: string;
  url: string;
  /** 1 for the first attempt. */
  attempt: number;
}

/** Observers for logging and metrics; they cannot change the request. */
export interface TransportHooks {
  onRequest?: (info: RequestInfo) => void;
  onResponse?: (info: RequestInfo & { status: number; durationMs: number }) => void;
  onRetry?: (info: RequestInfo & { error: WebhookError; delayMs: number }) => void;
}

/** Options every provider factory shares. */
export interface ClientOptions {
  apiKey: string;
  /** Replaces the provider's default base URL whole (a simulator, a proxy). */
  baseUrl?: string;
  /** A Fetch API implementation to use instead of the global one. */
  fetch?: typeof fetch;
  /** Per-attempt timeout in ms (default 30 000). */
  timeout?: number;
  retry?: false | RetryOptions;
  /** Headers added to every request. */
  headers?: Record<string, string>;
  hooks?: TransportHooks;
}
