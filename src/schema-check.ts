import * as v from 'valibot';
import { ResponseValidationError, ValidationError } from './errors';
import type { ErrorDetails } from './errors';
import { nonPublicHostClass } from './host-class';
import { callOptionsInput, webhookId } from './input-schemas';
import type { ProviderId } from './model';
import { clip } from './transport/response';

/** Which call a check belongs to, for the error it may throw. */
export interface CheckContext {
  provider: ProviderId;
  operation: string;
  /** The client's warning line (`Transport.warn`); checked input that deserves a word goes there. */
  warn?: (line: string) => void;
}

// Warned, never refused: simulators and tests subscribe such URLs on purpose. Only the host is
// named: a URL's path or query may carry a token.
function warnAboutUrlHost(output: unknown, ctx: CheckContext): void {
  const url = (output as { url?: unknown } | null)?.url;
  if (!ctx.warn || typeof url !== 'string') return;
  const hostClass = nonPublicHostClass(url);
  if (hostClass === undefined) return;
  ctx.warn(`hookbridge: ${ctx.operation}: the webhook URL's host ${new URL(url).host} is a ${hostClass} address, ` +
    `which ${ctx.provider} cannot deliver to from the internet; fine for a simulator or a test.`);
}

type AnySchema = v.GenericSchema;

function issueDetails(issues: readonly v.BaseIssue<unknown>[], fallback: string): ErrorDetails {
  const details: ErrorDetails = {};
  for (const issue of issues) {
    const field = v.getDotPath(issue) ?? fallback;
    (details[field] ??= []).push(issue.message);
  }
  return details;
}

/**
 * Checks caller input before anything is sent. The error names each field (`whole` for the
 * input itself) and what to do; it never repeats the value (it may be a secret). A valid `url`
 * at a loopback, private or link-local host (or `localhost`) is one warning through `ctx.warn`.
 */
export function checkInput<S extends AnySchema>(schema: S, input: unknown, ctx: CheckContext, whole = 'input'): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) {
    warnAboutUrlHost(result.output, ctx);
    return result.output;
  }
  const details = issueDetails(result.issues, whole);
  const summary = Object.entries(details).map(([field, messages]) => `${field}: ${messages.join('; ')}`).join('; ');
  throw new ValidationError(`${ctx.operation}: invalid input (${summary}). Nothing was sent.`, { ...ctx, details });
}

const idInput = v.object({ id: webhookId });

/**
 * Checks a webhook id before it goes into a path (as `checkInput` does); the error names `id`.
 *
 * @example
 * const path = `/hooks/${encodeURIComponent(checkWebhookId(id, ctx('get')))}`;
 */
export function checkWebhookId(id: unknown, ctx: CheckContext): string {
  return checkInput(idInput, { id }, ctx).id;
}

const EVERY_CALL = callOptionsInput();

/**
 * Checks a call's options before anything is sent: a key no call takes is a `ValidationError`
 * naming it, never ignored. `schema` (from `callOptionsInput`) adds a provider's or an
 * operation's own options; without it only the common ones are accepted.
 */
export function checkCallOptions<S extends AnySchema>(call: unknown, ctx: CheckContext, schema?: S): v.InferOutput<S> | undefined {
  if (call === undefined) return undefined;
  return checkInput(schema ?? EVERY_CALL, call, ctx, 'options') as v.InferOutput<S>;
}

/**
 * Reads a 2xx body against the provider's documented shape; anything else is a typed error.
 * `text` is the body attached to that error: pass `() => res.text` so that the transport redacts
 * it only when an error needs it, not on every response.
 */
export function checkResponse<S extends AnySchema>(
  schema: S, body: unknown, ctx: CheckContext & { status?: number; text?: string | (() => string); requestId?: string },
): v.InferOutput<S> {
  const result = v.safeParse(schema, body);
  if (result.success) return result.output;
  const details = issueDetails(result.issues, 'body');
  const shown = body === undefined ? 'an empty or non-JSON body' : 'a body of an unexpected shape';
  throw new ResponseValidationError(`${ctx.operation}: ${ctx.provider} answered ${ctx.status ?? '2xx'} with ${shown}`, {
    provider: ctx.provider, operation: ctx.operation, details,
    ...(ctx.status === undefined ? {} : { status: ctx.status }),
    ...(ctx.text === undefined ? {} : { responseBody: clip(typeof ctx.text === 'function' ? ctx.text() : ctx.text) }),
    ...(ctx.requestId === undefined ? {} : { requestId: ctx.requestId }),
  });
}
