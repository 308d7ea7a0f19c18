/**
 * One authenticated, scoped request inside the sent.dm simulator, and the answers every handler
 * shares.
 * @module
 */
import { parseJsonBody, type IdempotencyStore, type SimRequest, type SimResponse } from '../../../src/testing/kit';
import type { SentDmDeliveryContext } from './deliver';
import { ok, sandboxed, sentDmError } from './envelope';
import { toSentDmWire, type SentDmStore, type SentDmWebhookRecord } from './store';
import { BAD_JSON, checkJsonObject, type Checked, type Invalid } from './validation';

/** The simulator's state, as handlers see it. */
export interface SentDmContext {
  apiKey: string;
  store: SentDmStore;
  delivery: SentDmDeliveryContext;
  idempotency: IdempotencyStore<SimResponse>;
}

/** A request that passed authentication, with its customer scope. */
export interface SentDmCall {
  request: SimRequest;
  ctx: SentDmContext;
  /** `x-profile-id`, or null for the key's own account. */
  profileId: string | null;
}

/** A 400 for a failed check. */
export const invalid = (call: SentDmCall, result: Invalid): SimResponse =>
  sentDmError(call.request, result.code, result.message, result.details);

/** The 404 for a webhook that does not exist in this scope. */
export const notFound = (call: SentDmCall): SimResponse => sentDmError(call.request, 'RESOURCE_008', 'Webhook not found');

/** The request's JSON body passed through `check`, or the 400 to answer with. */
export function checkedBody<T>(
  call: SentDmCall, check: (body: Record<string, unknown>) => Checked<T>,
): { ok: true; value: T } | { ok: false; response: SimResponse } {
  const parsed = parseJsonBody(call.request.body, () => invalid(call, BAD_JSON));
  if (!parsed.ok) return parsed;
  const body = checkJsonObject(parsed.value);
  if (!body.ok) return { ok: false, response: invalid(call, body) };
  const checked = check(body.value);
  return checked.ok ? checked : { ok: false, response: invalid(call, checked) };
}

/**
 * Applies `change` to a webhook of this scope and answers with the result; under `sandbox` only
 * shows what it would become (validated, nothing written).
 */
export function changeWebhook(call: SentDmCall, id: string, change: Partial<SentDmWebhookRecord>, sandbox: boolean): SimResponse {
  const existing = call.ctx.store.get(id, call.profileId);
  if (!existing) return notFound(call);
  if (sandbox) return sandboxed(ok(call.request, toSentDmWire({ ...existing, ...change })));
  const updated = call.ctx.store.update(id, change);
  return updated ? ok(call.request, toSentDmWire(updated)) : notFound(call);
}
