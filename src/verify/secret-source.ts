import type { ProviderId } from '../model';
import { headerValues, type HeaderSource } from './headers';

/** What a secret function is told about the delivery it is asked a secret for. */
export interface SecretLookup {
  /** The provider whose delivery is being verified. */
  provider: ProviderId;
  /** The delivery's headers, as a Fetch `Headers` whatever shape the server handed out. */
  headers: Headers;
}

/** One signing secret, or several while rotating (any one may match). */
export type Secrets = string | readonly string[];

/**
 * Where the signing secret comes from: the secret itself, a list of them while rotating, or a
 * function of the delivery that looks it up (say by sent.dm's `x-webhook-id`, which names the
 * webhook endpoint), possibly async. A function that throws fails verification with its own
 * error (the ready-made handlers answer 500), never as a passed check; an empty result is
 * `no_secret`.
 *
 * @example
 * const secret: SecretSource = async ({ headers }) => db.webhookSecret(headers.get('x-webhook-id'));
 */
export type SecretSource = Secrets | ((lookup: SecretLookup) => Secrets | Promise<Secrets>);

function append(target: Headers, name: string, value: string): void {
  // A plain object can hold what a Fetch `Headers` refuses (a newline in a test's value, an
  // empty name): such an entry is left out rather than turning the lookup into a TypeError.
  try {
    target.append(name, value);
  } catch {
    // dropped on purpose
  }
}

/**
 * `headers` as a Fetch `Headers`: the same object when it already is one; a copy of a plain
 * object (every value of an array); for anything else with a `get` (a `Headers` of another
 * realm, Express's `req.get`, a Map), a `Headers` whose `get` and `has` ask it.
 */
export function fetchHeaders(headers: HeaderSource | null | undefined): Headers {
  if (headers instanceof Headers) return headers;
  if (!headers || typeof headers !== 'object') return new Headers();
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return new (class extends Headers {
      override get(name: string): string | null { return headerValues(headers, name.toLowerCase())[0] ?? null; }
      override has(name: string): boolean { return this.get(name) !== null; }
    })();
  }
  const out = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    for (const item of Array.isArray(value) ? value : [value]) if (typeof item === 'string') append(out, name, item);
  }
  return out;
}

/** The secrets `source` stands for this delivery: a function is called (and awaited), anything else returned as is. */
export async function resolveSecretSource(source: unknown, provider: ProviderId, headers: HeaderSource): Promise<unknown> {
  if (typeof source !== 'function') return source;
  return (source as (lookup: SecretLookup) => unknown)({ provider, headers: fetchHeaders(headers) });
}
