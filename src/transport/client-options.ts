import type { WebhookError } from '../errors';
import type { ProviderId } from '../model';
import type { Logger, LogLevel } from './log';

/** Retry settings. `false` turns retries off. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  retries?: number;
  /** First backoff delay in ms (default 500); doubles each retry, with jitter. */
  minDelay?: number;
  /**
   * The longest wait between attempts, in ms (default 30 000). A provider asking for a longer
   * one (`Retry-After`) is not waited for: the call fails at once, and the error says when to retry.
   */
  maxDelay?: number;
  /**
   * Replaces the wait between attempts: a seam for tests (fake clocks) and custom schedulers.
   * A wait counts in full against the call's `deadline`, even when `sleep` returns sooner.
   */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** What hooks are told about a request. Never includes the request's headers, so never a key. */
export interface RequestInfo {
  provider: ProviderId;
  operation: string;
  method: string;
  url: string;
  /** 1 for the first attempt. */
  attempt: number;
}

/** What `onResponse` is told: the request, and what came back (never a body, never a credential). */
export interface ResponseInfo extends RequestInfo {
  status: number;
  durationMs: number;
  /** The provider's id for this request, when it gave one (quote it to their support). */
  requestId?: string;
  /** The response headers, names lower-cased, without any that could carry a credential. */
  headers: Record<string, string>;
}

/**
 * Hooks around every attempt. `beforeRequest` is awaited before each attempt (a shared rate
 * limiter plugs in here; a throw fails the call with that error, and nothing is sent). The others
 * only observe: one that throws is reported as a warning and never changes the call's outcome.
 */
export interface TransportHooks {
  beforeRequest?: (info: RequestInfo) => void | Promise<void>;
  onRequest?: (info: RequestInfo) => void;
  onResponse?: (info: ResponseInfo) => void;
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
  /** Time for a whole call in ms: every attempt and every wait between them (default: no limit). */
  deadline?: number;
  retry?: false | RetryOptions;
  /** Headers added to every request. */
  headers?: Record<string, string>;
  hooks?: TransportHooks;
  /** `debug` logs one line per attempt; `warn` (the default, or `HOOKBRIDGE_LOG`) only warnings; `off` nothing. */
  logLevel?: LogLevel;
  /** Where log lines go (default: stderr). Never given a key, a secret or a body. */
  logger?: Logger;
}
