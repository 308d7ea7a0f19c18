import * as v from 'valibot';
import type { ErrorDetails } from '../../src/errors';
import type { FailureDescription } from '../../src/transport/failed-response';
import type { HttpResponse } from '../../src/transport/response';
import { isRecord } from '../../src/untrusted-json';
import { ErrorBody } from './schemas';

// The 422 GitHub answers a create whose URL another hook of the repository or organization
// already has; its top-level message is only "Validation Failed".
const HOOK_EXISTS = /hook already exists/i;
// GitHub's documented advice when a secondary limit names no wait: at least one minute.
const SECONDARY_LIMIT = /secondary rate limit/i;
const SECONDARY_WAIT_MS = 60_000;

type Body = v.InferOutput<typeof ErrorBody>;

function itemTexts(body: Body): Array<{ field: string; text: string }> {
  return (body.errors ?? []).map((item) => typeof item === 'string'
    ? { field: 'request', text: item }
    : { field: item.field ?? 'request', text: item.message ?? [item.resource, item.field, item.code].filter(Boolean).join(' ') });
}

function detailsFrom(items: Array<{ field: string; text: string }>): ErrorDetails {
  const details: ErrorDetails = {};
  for (const { field, text } of items) (details[field] ??= []).push(text);
  return details;
}

/**
 * The wait, in ms, when a 403 or 429 is a rate limit (primary: `x-ratelimit-remaining: 0`, until
 * `x-ratelimit-reset` in epoch seconds; secondary: `retry-after`, read by the core, or a message
 * naming it); `undefined` when it is not one.
 */
function rateLimitWait(response: HttpResponse, message: string, now: number): number | undefined {
  if (response.status !== 403 && response.status !== 429) return undefined;
  const { headers } = response;
  if (headers.get('x-ratelimit-remaining')?.trim() === '0') {
    const reset = Number(headers.get('x-ratelimit-reset'));
    return Number.isFinite(reset) && reset > 0 ? Math.max(0, Math.round(reset * 1000 - now)) : SECONDARY_WAIT_MS;
  }
  // `Retry-After` itself is read (and preferred) by the core; a wait is still needed to mark it.
  if (headers.get('retry-after') !== null || SECONDARY_LIMIT.test(message)) return SECONDARY_WAIT_MS;
  return response.status === 429 ? SECONDARY_WAIT_MS : undefined;
}

function messageOf(response: HttpResponse, body: Body | undefined, scope: string): string {
  if (!body) {
    const kind = response.text.trim() === '' ? 'an empty body' : 'a body that is not GitHub JSON';
    return `GitHub answered ${response.status} with ${kind}`;
  }
  const text = body.message ?? `HTTP ${response.status}`;
  // GitHub hides what a token may not see behind a 404 rather than a 403.
  if (response.status === 404) return `${text}: no such hook on ${scope}, or the token cannot see ${scope} or lacks the permission to manage its hooks`;
  return text;
}

/**
 * The transport's failure reader for GitHub, for hooks of `scope` (`octo/hello`, `octo-org`):
 * the error body whatever came back, the 422 "Hook already exists" as a conflict, rate-limited
 * 403s and 429s as rate limits with their wait, 404s that say GitHub also answers them for a
 * token without access. Never throws.
 */
export function gitHubFailureReader(scope: string, now: () => number = Date.now) {
  return (response: HttpResponse): FailureDescription => {
    // An array is an object to valibot, but never an error body.
    const parsed = isRecord(response.json) ? v.safeParse(ErrorBody, response.json) : undefined;
    const body = parsed?.success ? parsed.output : undefined;
    const message = messageOf(response, body, scope);
    const items = body ? itemTexts(body) : [];
    const requestId = response.headers.get('x-github-request-id') ?? undefined;
    const common = {
      ...(body?.documentation_url ? { docUrl: body.documentation_url } : {}),
      ...(requestId ? { requestId } : {}),
    };
    if (response.status === 422 && items.some((item) => HOOK_EXISTS.test(item.text))) {
      return { message: `${message}: ${items.map((item) => item.text).join('; ')}`, classifyAs: 409, ...common };
    }
    const wait = rateLimitWait(response, message, now());
    if (wait !== undefined) return { message, classifyAs: 429, retryAfter: wait, ...common };
    return {
      message: items.length > 0 ? `${message}: ${items.map((item) => item.text).join('; ')}` : message,
      ...(items.length > 0 ? { details: detailsFrom(items) } : {}),
      ...common,
    };
  };
}
