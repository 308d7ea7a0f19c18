import type { ProviderId } from './model';

/** Machine-readable error kinds; each has its own class. */
export type ErrorCode =
  | 'configuration' | 'validation' | 'authentication' | 'permission' | 'not_found' | 'conflict'
  | 'rate_limited' | 'server' | 'network' | 'timeout' | 'invalid_response' | 'unsupported'
  | 'signature';

/** Field -> messages, as providers report validation problems. */
export type ErrorDetails = Record<string, string[]>;

/** Everything an error can carry besides its message. */
export interface WebhookErrorInit {
  provider?: ProviderId;
  /** The call that failed, e.g. `create`. */
  operation?: string;
  status?: number;
  /** The provider's own code, e.g. sent.dm `RESOURCE_008`. */
  providerCode?: string;
  requestId?: string;
  docUrl?: string;
  retryable?: boolean;
  details?: ErrorDetails;
  /** The response body as text (secrets removed, at most 2 KB). */
  responseBody?: string;
  /** How long the provider asked us to wait before trying again, in ms. */
  retryAfter?: number;
  /** The idempotency key the failed call was sent with; replaying the call with it cannot act twice. */
  idempotencyKey?: string;
  cause?: unknown;
}

// Symbol.for, not a module-local symbol: two copies of hookbridge in one app (a dependency pinning
// another version) must still recognise each other's errors.
const MARKER = /* @__PURE__ */ Symbol.for('hookbridge.error');

const INSPECT = /* @__PURE__ */ Symbol.for('nodejs.util.inspect.custom');

/**
 * The base of every error hookbridge throws. Catch this (or a subclass) and branch on `code`.
 * Messages, `details`, `toJSON()` and the inspected form never contain an API key or secret.
 *
 * @example
 * try { await hooks.get(id) } catch (e) {
 *   if (NotFoundError.isInstance(e)) return null;
 *   throw e;
 * }
 */
export class WebhookError extends Error {
  /** The error kind; overridden by every subclass. */
  static readonly code: ErrorCode | undefined = undefined;
  readonly code: ErrorCode;
  readonly provider?: ProviderId;
  readonly operation?: string;
  readonly status?: number;
  readonly providerCode?: string;
  readonly requestId?: string;
  readonly docUrl?: string;
  /** Whether repeating the same call may succeed. */
  readonly retryable: boolean;
  readonly details?: ErrorDetails;
  readonly responseBody?: string;
  /** How long the provider asked us to wait, in ms (`Retry-After`, `X-RateLimit-Reset`). */
  readonly retryAfter?: number;
  /**
   * The idempotency key the call was sent with (providers that have them): pass it back as
   * `idempotencyKey` to replay the call, and the provider answers with the first outcome instead
   * of acting again.
   */
  readonly idempotencyKey?: string;
  declare readonly [MARKER]: true;

  constructor(message: string, init: WebhookErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    const ctor = new.target as typeof WebhookError;
    this.code = ctor.code ?? 'server';
    // Each subclass overrides it with its own, spelled out rather than read from `constructor.name`
    // (which a minifying bundler renames), and on the class so a bundle holds only the names it uses.
    this.name = 'WebhookError';
    Object.defineProperty(this, MARKER, { value: true });
    this.retryable = init.retryable ?? false;
    for (const key of ['provider', 'operation', 'status', 'providerCode', 'requestId', 'docUrl', 'details', 'responseBody', 'retryAfter', 'idempotencyKey'] as const) {
      if (init[key] !== undefined) Object.assign(this, { [key]: init[key] });
    }
  }

  /**
   * A type guard that works across duplicate installs of hookbridge. On a subclass it also
   * checks the kind: `NotFoundError.isInstance(e)`.
   */
  // Typed by `prototype`, not the constructor: SignatureVerificationError's constructor takes a
  // `reason` first, and a constructor-typed `this` would refuse its isInstance.
  static isInstance<T extends { readonly code: ErrorCode | undefined; readonly prototype: WebhookError }>(
    this: T, value: unknown,
  ): value is T['prototype'] {
    if (typeof value !== 'object' || value === null || (value as Record<symbol, unknown>)[MARKER] !== true) return false;
    return this.code === undefined || (value as WebhookError).code === this.code;
  }

  /** A plain object for logs: no stack, no secrets. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, code: this.code, message: this.message };
    for (const [key, value] of Object.entries(this)) if (value !== undefined) out[key] = value;
    if (this.cause instanceof Error) out.cause = this.cause.message;
    return out;
  }

  /** Node's `util.inspect` shows the same safe fields plus the stack. */
  [INSPECT](): string {
    return `${this.stack ?? `${this.name}: ${this.message}`}\n${JSON.stringify(this.toJSON(), null, 2)}`;
  }
}

/** Bad options given to a factory: names the setting and where it can come from. */
export class ConfigurationError extends WebhookError { static override readonly code = 'configuration' as const; override name = 'ConfigurationError'; }
/** Bad input caught before sending (fields in `details`), or a provider 400/422. */
export class ValidationError extends WebhookError { static override readonly code = 'validation' as const; override name = 'ValidationError'; }
/** 401: the API key is missing, wrong or revoked. */
export class AuthenticationError extends WebhookError { static override readonly code = 'authentication' as const; override name = 'AuthenticationError'; }
/** 403: the key may not do this. */
export class PermissionError extends WebhookError { static override readonly code = 'permission' as const; override name = 'PermissionError'; }
/** 404: no such webhook (or it was already deleted). */
export class NotFoundError extends WebhookError { static override readonly code = 'not_found' as const; override name = 'NotFoundError'; }
/** 409: a state conflict, such as a concurrent request with the same idempotency key. */
export class ConflictError extends WebhookError { static override readonly code = 'conflict' as const; override name = 'ConflictError'; }
/**
 * 429: slow down. `retryAfter` is in ms when the provider said; a wait longer than the retry
 * policy allows is not sat out, and the message says when to retry.
 */
export class RateLimitError extends WebhookError { static override readonly code = 'rate_limited' as const; override name = 'RateLimitError'; }
/** 5xx from the provider. */
export class ServerError extends WebhookError { static override readonly code = 'server' as const; override name = 'ServerError'; }
/** No response: connection refused or dropped, DNS, TLS. */
export class NetworkError extends WebhookError { static override readonly code = 'network' as const; override name = 'NetworkError'; }
/** An attempt did not get a response in time, or the call's `deadline` ran out (the message says after how many attempts). */
export class TimeoutError extends WebhookError { static override readonly code = 'timeout' as const; override name = 'TimeoutError'; }
/** A 2xx whose body is not what the provider documents. */
export class ResponseValidationError extends WebhookError { static override readonly code = 'invalid_response' as const; override name = 'ResponseValidationError'; }
/** The provider cannot do this; nothing was sent. */
export class UnsupportedOperationError extends WebhookError { static override readonly code = 'unsupported' as const; override name = 'UnsupportedOperationError'; }

/** Why an inbound delivery failed verification. */
export type SignatureFailureReason =
  | 'missing_header' | 'malformed_header' | 'mismatch' | 'timestamp_too_old' | 'timestamp_too_new'
  | 'body_not_raw' | 'no_secret';

/** An inbound delivery could not be trusted; `reason` says why. */
export class SignatureVerificationError extends WebhookError {
  static override readonly code = 'signature' as const;
  override name = 'SignatureVerificationError';
  readonly reason: SignatureFailureReason;
  constructor(reason: SignatureFailureReason, message: string, init: WebhookErrorInit = {}) {
    super(message, init);
    this.reason = reason;
  }
}
