import { LOG_LEVELS } from './log';

/** One problem with an option: the option's name and what it must be. */
export interface OptionIssue {
  field: string;
  message: string;
}

/** The longest delay a timer can hold (about 24.8 days); a longer one would fire at once. */
export const MAX_DELAY_MS = 2 ** 31 - 1;
/** More retries than this is a mistake (a value in ms, say), not a policy. */
const MAX_RETRIES = 100;
const HOOK_NAMES = ['beforeRequest', 'onRequest', 'onResponse', 'onRetry'];
const RETRY_KEYS = ['retries', 'minDelay', 'maxDelay', 'sleep'];
// RFC 9110 token characters: anything else in a header name is refused by fetch, or worse, not.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// CR, LF and NUL would end the header (or the request) early: refused, never sent.
const HEADER_VALUE_BREAK = /[\r\n\0]/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function ms(issues: OptionIssue[], field: string, value: unknown, min: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > MAX_DELAY_MS) {
    issues.push({ field, message: `must be a number of milliseconds from ${min} to ${MAX_DELAY_MS}` });
  }
}

function fn(issues: OptionIssue[], field: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'function') issues.push({ field, message: 'must be a function' });
}

function retryIssues(issues: OptionIssue[], retry: unknown): void {
  if (retry === undefined || retry === false) return;
  if (!isObject(retry)) {
    issues.push({ field: 'retry', message: 'must be false or an object such as { retries: 2, minDelay: 500, maxDelay: 30000 }' });
    return;
  }
  for (const key of Object.keys(retry)) {
    if (!RETRY_KEYS.includes(key)) issues.push({ field: `retry.${key}`, message: `is not a retry option (${RETRY_KEYS.join(', ')})` });
  }
  const { retries } = retry;
  if (retries !== undefined && !(typeof retries === 'number' && Number.isInteger(retries) && retries >= 0 && retries <= MAX_RETRIES)) {
    issues.push({ field: 'retry.retries', message: `must be a whole number from 0 to ${MAX_RETRIES}` });
  }
  ms(issues, 'retry.minDelay', retry.minDelay, 0);
  ms(issues, 'retry.maxDelay', retry.maxDelay, 0);
  fn(issues, 'retry.sleep', retry.sleep);
}

function headerIssues(issues: OptionIssue[], headers: unknown): void {
  if (headers === undefined) return;
  if (!isObject(headers)) {
    issues.push({ field: 'headers', message: 'must be an object of header names to string values' });
    return;
  }
  for (const [name, value] of Object.entries(headers)) {
    // The value is never repeated: a header may carry a token.
    if (!HEADER_NAME.test(name)) issues.push({ field: `headers.${name}`, message: 'is not a valid header name' });
    else if (typeof value !== 'string') issues.push({ field: `headers.${name}`, message: 'must be a string' });
    else if (HEADER_VALUE_BREAK.test(value)) issues.push({ field: `headers.${name}`, message: 'must not contain a line break (CR, LF) or NUL' });
  }
}

function hookIssues(issues: OptionIssue[], hooks: unknown): void {
  if (hooks === undefined) return;
  if (!isObject(hooks)) {
    issues.push({ field: 'hooks', message: `must be an object of functions (${HOOK_NAMES.join(', ')})` });
    return;
  }
  for (const [name, hook] of Object.entries(hooks)) {
    if (!HOOK_NAMES.includes(name)) issues.push({ field: `hooks.${name}`, message: `is not a hook (${HOOK_NAMES.join(', ')})` });
    else fn(issues, `hooks.${name}`, hook);
  }
}

function loggingIssues(issues: OptionIssue[], options: Record<string, unknown>): void {
  const { logLevel, logger } = options;
  if (logLevel !== undefined && !(LOG_LEVELS as readonly unknown[]).includes(logLevel)) {
    issues.push({ field: 'logLevel', message: `must be one of ${LOG_LEVELS.map((level) => `'${level}'`).join(', ')}` });
  }
  if (logger !== undefined && !(isObject(logger) && typeof logger.debug === 'function' && typeof logger.warn === 'function')) {
    issues.push({ field: 'logger', message: 'must be an object with debug(line) and warn(line) functions' });
  }
}

/**
 * The problems with the transport options a client shares with every call: `timeout`,
 * `deadline`, `retry`, `headers`, `logLevel`, `logger`, and for a client also `hooks` and `fetch`.
 */
export function transportOptionIssues(options: Record<string, unknown>, scope: 'client' | 'call'): OptionIssue[] {
  const issues: OptionIssue[] = [];
  ms(issues, 'timeout', options.timeout, 1);
  ms(issues, 'deadline', options.deadline, 1);
  retryIssues(issues, options.retry);
  headerIssues(issues, options.headers);
  loggingIssues(issues, options);
  if (scope === 'client') {
    hookIssues(issues, options.hooks);
    fn(issues, 'fetch', options.fetch);
    return issues;
  }
  const { signal, idempotencyKey } = options;
  // A real one: AbortSignal.any, which ties it to each attempt's timer, refuses look-alikes.
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    issues.push({ field: 'signal', message: 'must be an AbortSignal' });
  }
  if (idempotencyKey !== undefined && !(typeof idempotencyKey === 'string' && idempotencyKey !== '' && !/[\0-\x1f\x7f]/.test(idempotencyKey))) {
    issues.push({ field: 'idempotencyKey', message: 'must be a non-empty string without control characters' });
  }
  return issues;
}

/** The issues as `details` (field -> messages) and as one sentence. */
export function describeIssues(issues: readonly OptionIssue[]): { details: Record<string, string[]>; summary: string } {
  const details: Record<string, string[]> = {};
  for (const { field, message } of issues) (details[field] ??= []).push(message);
  return { details, summary: issues.map(({ field, message }) => `${field} ${message}`).join('; ') };
}
