import { WebhookError } from '../errors';

const MASK = '[REDACTED]';
/** Shorter values would shred ordinary text, and mean nothing alone. */
const MIN_SECRET_LENGTH = 4;
/** Raw, unescaped once, unescaped twice: a JSON body whose message quotes another JSON text. */
const VIEWS = 3;
/** How deep nested fields and causes are followed (cycles end here too). */
const MAX_DEPTH = 8;

/**
 * Counts the steps redaction takes, one per character looked at: a seam that lets tests prove the
 * work grows with the length of the text and the secrets, never with their product.
 */
export interface RedactionMeter {
  steps: number;
}

// The text as seen after some levels of JSON unescaping, with, for each character, where it starts
// and ends in the original: a match in any view masks the original characters it came from.
interface View {
  chars: string;
  start: Int32Array;
  end: Int32Array;
}

const ESCAPED = new Map([['"', '"'], ['\\', '\\'], ['/', '/'], ['b', '\b'], ['f', '\f'], ['n', '\n'], ['r', '\r'], ['t', '\t']]);

function hexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

function rawView(text: string, meter: RedactionMeter): View {
  const start = new Int32Array(text.length);
  const end = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) { start[i] = i; end[i] = i + 1; }
  meter.steps += text.length;
  return { chars: text, start, end };
}

// `\uXXXX` (either case: .NET writes "\u002B") and the short escapes become the character they
// stand for; any other `\X` becomes X, as PHP and Java write "\/". Undefined when nothing is escaped.
function unescaped(view: View, meter: RedactionMeter): View | undefined {
  const { chars } = view;
  if (!chars.includes('\\')) return undefined;
  const start = new Int32Array(chars.length);
  const end = new Int32Array(chars.length);
  const out: string[] = [];
  for (let i = 0; i < chars.length;) {
    meter.steps++;
    let char = chars[i]!;
    let width = 1;
    if (char === '\\' && i + 1 < chars.length) {
      const next = chars[i + 1]!;
      width = 2;
      char = ESCAPED.get(next) ?? next;
      if (next === 'u' && i + 5 < chars.length && [2, 3, 4, 5].every((k) => hexDigit(chars.charCodeAt(i + k)))) {
        char = String.fromCharCode(Number.parseInt(chars.slice(i + 2, i + 6), 16));
        width = 6;
      }
    }
    start[out.length] = view.start[i]!;
    end[out.length] = view.end[i + width - 1]!;
    out.push(char);
    i += width;
  }
  return { chars: out.join(''), start: start.subarray(0, out.length), end: end.subarray(0, out.length) };
}

// A secret ready to search for: Knuth-Morris-Pratt, so a search is linear in the text whatever the
// secret holds (no pattern to compile, nothing to escape, no size limit).
interface Needle {
  secret: string;
  fallback: Int32Array;
}

function needle(secret: string, meter: RedactionMeter): Needle {
  const fallback = new Int32Array(secret.length);
  for (let i = 1, k = 0; i < secret.length; i++) {
    meter.steps++;
    while (k > 0 && secret[i] !== secret[k]) { k = fallback[k - 1]!; meter.steps++; }
    if (secret[i] === secret[k]) k++;
    fallback[i] = k;
  }
  return { secret, fallback };
}

function markMatches(view: View, { secret, fallback }: Needle, marks: Int32Array, meter: RedactionMeter): void {
  const { chars } = view;
  for (let i = 0, k = 0; i < chars.length; i++) {
    meter.steps++;
    while (k > 0 && chars[i] !== secret[k]) { k = fallback[k - 1]!; meter.steps++; }
    if (chars[i] === secret[k]) k++;
    if (k === secret.length) {
      // Counted, not painted: overlapping matches cost one step each, not their length.
      marks[view.start[i - k + 1]!]! += 1;
      marks[view.end[i]!]! -= 1;
      k = fallback[k - 1]!;
    }
  }
}

function needles(secrets: readonly string[], meter: RedactionMeter): Needle[] {
  const distinct = [...new Set(secrets)].filter((secret) => typeof secret === 'string' && secret.length >= MIN_SECRET_LENGTH);
  return distinct.map((secret) => needle(secret, meter));
}

function redactWith(text: string, found: readonly Needle[], meter: RedactionMeter): string {
  // A view is never longer than the text, so a longer secret cannot be in it in any form.
  const fitting = found.filter((n) => n.secret.length <= text.length);
  if (fitting.length === 0) return text;
  const marks = new Int32Array(text.length + 1);
  let view: View | undefined = rawView(text, meter);
  for (let level = 0; level < VIEWS && view; level++) {
    for (const n of fitting) markMatches(view, n, marks, meter);
    view = unescaped(view, meter);
  }
  let out = '';
  let depth = 0;
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    meter.steps++;
    const before = depth;
    depth += marks[i]!;
    if (before === 0 && depth > 0) out += `${text.slice(kept, i)}${MASK}`;
    if (before > 0 && depth === 0) kept = i;
  }
  return depth > 0 ? out : out + text.slice(kept);
}

/**
 * Replaces every occurrence of each secret in `text` with `[REDACTED]`, also as a JSON encoder may
 * have escaped it (`\/`, `\u002B`, `\"`, once or twice). Work is linear in the length of the
 * text and of the secrets; secrets shorter than 4 characters are ignored.
 */
export function redactText(text: string, secrets: readonly string[], meter: RedactionMeter = { steps: 0 }): string {
  return redactWith(text, needles(secrets, meter), meter);
}

function redactValue(value: unknown, found: readonly Needle[], meter: RedactionMeter, depth: number): unknown {
  if (typeof value === 'string') return redactWith(value, found, meter);
  if (depth >= MAX_DEPTH || typeof value !== 'object' || value === null) return value;
  if (value instanceof Error) return redactInPlace(value, found, meter, depth + 1);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, found, meter, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [
    redactWith(key, found, meter), redactValue(item, found, meter, depth + 1),
  ]));
}

// Every field, not a list of known ones: a field added later (providerCode, requestId, docUrl and
// whatever comes next) is scrubbed the day it is added. message, stack and cause are not
// enumerable, so they are named.
function redactInPlace<E extends Error>(error: E, found: readonly Needle[], meter: RedactionMeter, depth: number): E {
  const target = error as unknown as Record<string, unknown>;
  for (const key of ['message', 'stack', ...Object.keys(error)]) {
    const value = target[key];
    if (value === undefined) continue;
    replace(error, key, redactValue(value, found, meter, depth));
  }
  if ('cause' in error && error.cause !== undefined) replace(error, 'cause', redactValue(error.cause, found, meter, depth));
  return error;
}

// Defined rather than assigned: the fields are read-only to callers, and `stack` may be an accessor.
function replace(error: Error, key: string, value: unknown): void {
  const descriptor = Object.getOwnPropertyDescriptor(error, key);
  if (descriptor && 'value' in descriptor && descriptor.value === value) return;
  Object.defineProperty(error, key, { value, writable: true, configurable: true, enumerable: descriptor?.enumerable ?? false });
}

/**
 * Scrubs an error in place before it leaves the transport: the one choke point through which
 * every provider error passes, so an echoed key or secret never escapes in its message, stack,
 * any of its fields (`details`, `responseBody`, `providerCode`, `requestId`, `docUrl`...) or its
 * cause. Anything that is not a `WebhookError` is left alone (the caller's own abort reason).
 */
export function redactError<E>(error: E, secrets: readonly string[], meter: RedactionMeter = { steps: 0 }): E {
  if (!WebhookError.isInstance(error) || secrets.length === 0) return error;
  const found = needles(secrets, meter);
  return found.length === 0 ? error : redactInPlace(error, found, meter, 0);
}
