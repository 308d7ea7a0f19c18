import { ConfigurationError } from '../errors';
import type { ProviderId } from '../model';
import type { AttemptSetup } from './attempt';
import { mergeHeaders, runCall, type TransportState } from './call-run';
import type { ClientOptions } from './client-options';
import { lazyHttpClient } from './http-client';
import { createLog, levelFromEnv, LOG_LEVELS, STDERR_LOGGER } from './log';
import { describeIssues, transportOptionIssues } from './option-checks';
import { redactText } from './redaction';
import type { RequestSpec } from './request-spec';
import type { HttpResponse } from './response';
import { retryPolicy } from './retry-policy';

/**
 * A provider's credentials, as data: the headers that carry them, and every value that must
 * never appear in an error. The header values are kept out too; `secrets` adds the bare key (a
 * provider message may echo it without its `Bearer `) and any part of it that is secret alone.
 */
export interface Credentials {
  /** Set on every request; no caller header can replace them. */
  headers: Record<string, string>;
  secrets: readonly string[];
}

/** What a provider tells the transport about itself; the rest comes from the caller's client options. */
export interface TransportConfig extends Omit<ClientOptions, 'apiKey' | 'baseUrl'> {
  provider: ProviderId;
  baseUrl: string;
  credentials: Credentials;
  /** Header that makes a mutation safe to repeat, e.g. `Idempotency-Key`. */
  idempotencyHeader?: string;
  /** The provider's id for a request, from its response (default: the `X-Request-Id` header). Must not throw. */
  requestIdOf?: (response: HttpResponse) => string | undefined;
  /** What protects a POST when the provider has no idempotency key, for the warning a given key gets. */
  withoutIdempotency?: string;
}

/** Sends provider requests: ky for HTTP, p-retry for retries, typed errors for every failure. */
export interface Transport {
  readonly provider: ProviderId;
  request<T>(spec: RequestSpec<T>): Promise<T>;
  /** Writes a warning through the client's logger (its level and its scrubbing), e.g. about input. */
  warn(line: string): void;
}

const DEFAULT_TIMEOUT = 30_000;
const defaultRequestId = (response: HttpResponse) =>
  response.headers.get('x-request-id') ?? response.headers.get('request-id') ?? undefined;

/**
 * Builds the transport a provider adapter sends through. Bad transport options (timeout,
 * deadline, retry, headers, hooks, fetch, logLevel, logger) are a `ConfigurationError` here, at
 * construction, naming the option.
 */
export function createTransport(config: TransportConfig): Transport {
  const issues = transportOptionIssues(config as unknown as Record<string, unknown>, 'client');
  if (issues.length > 0) {
    const { details, summary } = describeIssues(issues);
    throw new ConfigurationError(`${config.provider}: ${summary}.`, { provider: config.provider, details });
  }
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  // The header values first, so `Bearer <key>` is masked whole before the bare key is.
  const credentialSecrets = [...Object.values(config.credentials.headers), ...config.credentials.secrets];
  const env = levelFromEnv(globalThis.process?.env);
  const level = config.logLevel ?? env.level;
  const logger = config.logger ?? STDERR_LOGGER;
  const log = createLog(level, logger, (line) => redactText(line, credentialSecrets));
  if (config.logLevel === undefined && env.invalid !== undefined) {
    log.warn(`hookbridge: HOOKBRIDGE_LOG=${JSON.stringify(env.invalid)} is not one of ${LOG_LEVELS.join(', ')}; logging at warn.`);
  }
  const warnedHooks = new Set<string>();
  const setup: AttemptSetup = {
    http: lazyHttpClient(config.fetch),
    provider: config.provider,
    hooks: config.hooks,
    timeout: config.timeout ?? DEFAULT_TIMEOUT,
    requestIdOf: config.requestIdOf ?? defaultRequestId,
    credentialHeaders: Object.keys(config.credentials.headers).map((name) => name.toLowerCase()),
    // Observers (onRequest, onResponse, onRetry) watch; one that throws is reported once and ignored.
    observe(hook, run) {
      try {
        run();
      } catch (error) {
        if (warnedHooks.has(hook)) return;
        warnedHooks.add(hook);
        const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        log.warn(`hookbridge: the ${hook} hook threw (${what}); hooks only observe, so the call went on. Reported once per client.`);
      }
    },
  };
  const state: TransportState = {
    config, setup, baseUrl, credentialSecrets, log, level, logger,
    baseHeaders: Object.freeze(mergeHeaders([config.headers], config.credentials.headers)),
    policy: retryPolicy(config.retry),
    warnedIdempotencyKey: false,
  };
  return {
    provider: config.provider,
    request: (spec) => runCall(state, spec),
    warn: (line) => log.warn(line),
  };
}
