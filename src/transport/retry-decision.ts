import { WebhookError } from '../errors';
import { formatDuration, type CallClock } from './call-clock';
import { backoff, jitteredRetryAfter, neverReachedServer, type RetryPolicy } from './retry-policy';

/** Whether to try again after a failed attempt, and after how long; or why not. */
export type RetryDecision =
  | { retry: true; waitMs: number }
  | { retry: false; cutShort?: { why: string; retryInMs: number } };

/** What `decideRetry` weighs besides the error. */
export interface RetryContext {
  /** The 1-based number of the attempt that failed. */
  attempt: number;
  policy: RetryPolicy;
  /** From `mayRepeat`: otherwise only a connection refused by the request's own host is retried. */
  repeatable: boolean;
  url: string;
  clock: CallClock;
}

/**
 * Decides one retry. Only a retryable `WebhookError` is retried. The wait is the provider's
 * (`retryAfter`, with a little jitter) or the backoff. A wait the policy would cut short is not
 * waited at all: one the provider asked for that is longer than `maxDelay`, or one that would
 * end past the call's deadline. Then the call fails at once, and `cutShort` says why and when
 * a retry could work.
 */
export function decideRetry(error: unknown, context: RetryContext): RetryDecision {
  const { policy, clock } = context;
  if (!WebhookError.isInstance(error) || !error.retryable) return { retry: false };
  if (!context.repeatable && !neverReachedServer(error.cause, context.url)) return { retry: false };
  // The deadline ran out during the attempt: its TimeoutError already says so.
  if (clock.remaining() <= 0) return { retry: false };
  const asked = error.retryAfter;
  if (asked !== undefined && asked > policy.maxDelay) {
    return {
      retry: false,
      cutShort: { why: `the provider asked to wait ${formatDuration(asked)}, longer than retry.maxDelay (${formatDuration(policy.maxDelay)})`, retryInMs: asked },
    };
  }
  const waitMs = asked === undefined
    ? backoff(context.attempt, policy.minDelay, policy.maxDelay)
    : Math.min(policy.maxDelay, jitteredRetryAfter(asked));
  if (waitMs >= clock.remaining()) {
    return {
      retry: false,
      cutShort: { why: `waiting ${formatDuration(waitMs)} would pass the call's deadline of ${clock.deadline} ms`, retryInMs: asked ?? waitMs },
    };
  }
  return { retry: true, waitMs };
}

/**
 * Says on the error why the call stopped before its retries ran out, and when to try again.
 * The stack's first line is updated too, since Node prints the stack.
 */
export function explainCutShort(error: WebhookError, attempts: number, cutShort: { why: string; retryInMs: number }, now = Date.now()): void {
  const at = new Date(now + cutShort.retryInMs).toISOString();
  const note = ` (not retried after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${cutShort.why}; retry in ${formatDuration(cutShort.retryInMs)}, after ${at})`;
  const before = error.message;
  const target = error as unknown as { message: string; stack?: string };
  target.message = before + note;
  if (error.stack) target.stack = error.stack.replace(before, target.message);
}
