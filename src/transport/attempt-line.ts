import { WebhookError } from '../errors';
import { formatDuration } from './call-clock';
import type { AttemptTrace } from './attempt';
import type { RequestSpec } from './request-spec';

/** What follows an attempt: a retry after a wait, a stop and why, or nothing (the call is over). */
export type AttemptNext = { retryInMs: number } | { stop: string } | undefined;

// The path and query as sent: no body, no header. Query values are the caller's filters and
// page numbers; the line is scrubbed of the call's secrets on its way to the logger anyway.
function target(spec: RequestSpec<unknown>, path: string): string {
  const query = Object.entries(spec.query ?? {}).filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`).join('&');
  return query ? `${path}?${query}` : path;
}

function outcome(trace: AttemptTrace, error: unknown): string {
  if (trace.status !== undefined) return String(trace.status);
  if (!WebhookError.isInstance(error)) return 'not sent';
  if (error.code === 'timeout') return 'timeout';
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? `no response (${code})` : 'no response';
}

/**
 * The debug line for one attempt: method, path, status, duration, request id and what happens
 * next. Never a header or a body.
 *
 * @example
 * // hookbridge: dialnexa list GET /v1/user-webhooks?page=1 -> 503 in 41 ms (attempt 1, request id req_9); retry in 480 ms
 */
export function attemptLine(
  provider: string, spec: RequestSpec<unknown>, path: string, attempt: number, trace: AttemptTrace, error: unknown, next: AttemptNext,
): string {
  const facts = [`attempt ${attempt}`, ...(trace.requestId ? [`request id ${trace.requestId}`] : [])].join(', ');
  const duration = trace.durationMs === undefined ? '' : ` in ${formatDuration(trace.durationMs)}`;
  const after = next === undefined ? '' : 'retryInMs' in next ? `; retry in ${formatDuration(next.retryInMs)}` : `; ${next.stop}`;
  return `hookbridge: ${provider} ${spec.operation} ${spec.method} ${target(spec, path)} -> ${outcome(trace, error)}${duration} (${facts})${after}`;
}
