import ky from 'ky';
import type { ProviderId } from '../model';
import { sendAttempt, type AttemptSetup, type PreparedRequest } from './attempt';
import type { ClientOptions } from './client-options';
import { callerIdempotencyKey, carriesIdempotencyKey } from './idempotency-key';
import { redactError } from './redaction';
import type { RequestSpec } from './request-spec';
import { mayRepeat, retryPolicy, withRetries } from './retry-policy';

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
}

/** Sends provider requests: ky for HTTP, p-retry for retries, typed errors for every failure. */
export interface Transport {
  readonly provider: ProviderId;
  request<T>(spec: RequestSpec<T>): Promise<T>;
}

const DEFAULT_TIMEOUT = 30_000;

/** Builds the transport a provider adapter sends through. */
export function createTransport(config: TransportConfig): Transport {
  const policy = retryPolicy(config.retry);
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  // The header values first, so `Bearer <key>` is masked whole before the bare key is.
  const credentialSecrets = [...Object.values(config.credentials.headers), ...config.credentials.secrets];
  const setup: AttemptSetup = {
    http: ky.create({
      retry: 0, // p-retry owns retries
      timeout: false, // our per-attempt signal also covers reading the body
      throwHttpErrors: false,
      ...(config.fetch ? { fetch: config.fetch } : {}),
    }),
    provider: config.provider,
    hooks: config.hooks,
    timeout: config.timeout ?? DEFAULT_TIMEOUT,
  };

  // Header names are case-insensitive, so they are lower-cased before merging: a caller's
  // `Authorization` must not join ours ("Bearer x, Bearer key"), and credentials always come
  // from the client's own, never from caller headers.
  function headersFor(spec: RequestSpec<unknown>): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/json' };
    for (const [name, value] of Object.entries({ ...config.headers, ...spec.headers, ...spec.options?.headers })) {
      headers[name.toLowerCase()] = value;
    }
    for (const [name, value] of Object.entries(config.credentials.headers)) headers[name.toLowerCase()] = value;
    return headers;
  }

  return {
    provider: config.provider,
    async request<T>(spec: RequestSpec<T>): Promise<T> {
      const headers = headersFor(spec);
      // Generated once per logical call, so every retry carries the same key.
      const keyed = carriesIdempotencyKey(config.idempotencyHeader, spec.method);
      if (keyed) {
        const name = config.idempotencyHeader!.toLowerCase();
        headers[name] = callerIdempotencyKey({ idempotencyKey: spec.options?.idempotencyKey, headers }, name) ?? crypto.randomUUID();
      }
      const secrets = [...credentialSecrets, ...(spec.secrets ?? [])];
      const request: PreparedRequest<T> = { spec, url: baseUrl + spec.path, headers, secrets };
      let n = 0;
      // Each attempt's error is redacted as it is thrown, before onRetry hooks (loggers) see it.
      const once = () => sendAttempt(setup, request, ++n).catch((error: unknown) => { throw redactError(error, secrets); });
      try {
        return await withRetries(once, {
          policy,
          repeatable: mayRepeat(spec.method, keyed),
          signal: spec.options?.signal,
          onRetry: (error, attempt, delayMs) => config.hooks?.onRetry?.({
            provider: config.provider, operation: spec.operation, method: spec.method, url: request.url, attempt, error, delayMs,
          }),
        });
      } catch (error) {
        throw redactError(error, secrets);
      }
    },
  };
}
