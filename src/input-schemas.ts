import * as v from 'valibot';
import type { CallOptions } from './model';

// The URL parser drops these without a word (surrounding spaces and C0 controls, tabs and line
// breaks anywhere) and reads "\" as "/": the URL it approves would not be the string sent.
function parsesAsWritten(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f || code === 0x5c) return false;
  }
  return true;
}

function parsedUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * An absolute `https://` URL, sent exactly as given: hookbridge subscribes only endpoints that
 * receive deliveries over TLS, refuses characters the URL parser would silently drop or change,
 * and refuses a user name or password (a provider stores the URL and shows it to anyone who can
 * list webhooks).
 */
export const httpsUrl = v.pipe(
  v.string('must be a string'),
  v.check(parsesAsWritten, 'must not contain spaces, line breaks, control characters or "\\" (trim it: a URL read from a file often ends in a newline)'),
  v.check((value) => parsedUrl(value)?.protocol === 'https:', 'must be an absolute https:// URL, e.g. https://example.com/webhooks'),
  v.check((value) => {
    const url = parsedUrl(value);
    return url === undefined || (url.username === '' && url.password === '');
  }, 'must not contain a user name or password (https://user:pass@...): the provider would store them and show them in every list; deliveries are authenticated by their signature'),
);

/** A non-empty list of event names, duplicates removed (order kept). */
export const eventList = v.pipe(
  v.array(v.pipe(v.string('each event must be a string'), v.trim(), v.nonEmpty('event names cannot be empty')), 'must be a list of event names'),
  v.minLength(1, 'must name at least one event'),
  v.transform((events) => [...new Set(events)]),
);

/**
 * A webhook id as it goes into a path: non-empty, no characters that would change the path, and
 * not `.` or `..`, which a URL resolves to the collection or its parent however it is encoded.
 */
export const webhookId = v.pipe(
  v.string('must be a string'),
  v.nonEmpty('must not be empty'),
  v.check((id) => !/[/?#\s]/.test(id), 'must not contain "/", "?", "#" or spaces'),
  v.check((id) => id !== '.' && id !== '..', 'must not be "." or "..": that names another path, not a webhook'),
);

/** A whole number in a range, with a message naming the range. */
export function intInRange(min: number, max: number) {
  return v.pipe(
    v.number(`must be a whole number from ${min} to ${max}`),
    v.integer(`must be a whole number from ${min} to ${max}`),
    v.minValue(min, `must be a whole number from ${min} to ${max}`),
    v.maxValue(max, `must be a whole number from ${min} to ${max}`),
  );
}

/** `true` or `false`, nothing else. */
export const booleanFlag = v.boolean('must be true or false');

/**
 * The page size asked for when the caller names none. A provider's `capabilities.maxPageSize`
 * must be at least this.
 */
export const DEFAULT_PAGE_SIZE = 20;

/** A 1-based page number. */
export const pageNumber = intInRange(1, Number.MAX_SAFE_INTEGER);

/**
 * A page size from 1 to the provider's largest, built from its capabilities so the limit is
 * stated once.
 *
 * @example
 * const pageSize = pageSizeUpTo(MY_CAPABILITIES.maxPageSize);
 */
export function pageSizeUpTo(maxPageSize: number) {
  return intInRange(1, maxPageSize);
}

/** A patch must change something: every adapter refuses an empty one before sending. */
export function namesAField<T extends object>() {
  return v.check<T, string>((patch) => Object.values(patch).some((value) => value !== undefined), 'names no field to change');
}

/**
 * The longest signing secret a caller may choose. HMAC-SHA256 hashes any key longer than 64
 * bytes down to 32, so a longer one adds no strength; the bound keeps a pasted file (or an
 * attacker's input) from becoming a request body and from costing redaction work on every call.
 */
export const MAX_SECRET_LENGTH = 256;

/**
 * A caller-chosen signing secret: at least `min` characters, so it cannot be guessed, and at
 * most `MAX_SECRET_LENGTH`.
 */
export function callerSecret(min: number) {
  return v.pipe(
    v.string('must be a string'),
    v.minLength(min, `must be at least ${min} characters (or omit it and one is generated)`),
    v.maxLength(MAX_SECRET_LENGTH, `must be at most ${MAX_SECRET_LENGTH} characters (a longer HMAC key adds no strength)`),
  );
}

// A field the schema refuses outright (`v.optional(v.undefined(...))`) is not one to suggest.
function offered(entries: v.ObjectEntries): string[] {
  return Object.keys(entries).filter((key) => {
    const entry = entries[key] as { type: string; wrapped?: { type: string } };
    return !(entry.type === 'optional' && entry.wrapped?.type === 'undefined');
  });
}

/**
 * An object of exactly these fields. A key it does not know is a `ValidationError` naming it,
 * never silently dropped: `{ enabled: false }` for `{ active: false }` would otherwise create an
 * active webhook.
 *
 * @example
 * const listInput = fieldsObject({ page: v.optional(pageNumber) });
 * // list({ pages: 2 }) -> ValidationError, details { pages: ['is not a field this call takes (it takes page); ...'] }
 */
export function fieldsObject<const E extends v.ObjectEntries>(entries: E, noun = 'field') {
  const names = offered(entries).join(', ');
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') return `is not a ${noun} this call takes (it takes ${names}); remove it or correct its name`;
    if (issue.expected !== 'Object') return 'is required';
    return 'must be an object';
  });
}

/**
 * Every option a call takes, whatever the provider: the 0.1 ones, and `retry`, `deadline`,
 * `logLevel` and `logger` from 0.2. Their values are the transport's to check.
 */
export const CALL_OPTION_NAMES = ['signal', 'timeout', 'idempotencyKey', 'headers', 'retry', 'deadline', 'logLevel', 'logger'] as const;

// A compile error here means CallOptions gained an option this list lacks: add it, or every
// call that passes it is refused.
type Unlisted<K extends never> = K;
type EveryCallOptionListed = Unlisted<Exclude<keyof CallOptions, (typeof CALL_OPTION_NAMES)[number]>>;

/**
 * A call's options: those every call takes (values unchecked here) and `extra`, a provider's or
 * an operation's own (sent.dm `profileId`, `rotateSecret`'s `secret`), with their checks.
 */
export function callOptionsInput<const E extends v.ObjectEntries = Record<never, never>>(extra: E = {} as E) {
  const common = Object.fromEntries(CALL_OPTION_NAMES.map((name) => [name, v.optional(v.unknown())])) as
    Record<(typeof CALL_OPTION_NAMES)[number], v.OptionalSchema<v.UnknownSchema, undefined>>;
  return fieldsObject({ ...common, ...extra }, 'call option');
}
