/**
 * The sent.dm webhook resource: create, retrieve, PUT update (a full replacement), delete, list.
 * @module
 */
import { slicePage, type SimResponse } from '../../../src/testing/kit';
import { generateSecret } from '../../../src/secret';
import { changeWebhook, checkedBody, invalid, notFound, type SentDmCall } from './call';
import { ok, pagination, sandboxed, sentDmTime } from './envelope';
import { toSentDmWire } from './store';
import { checkActiveFilter, checkPaging, checkWebhookBody } from './validation';

/** `POST /v3/webhooks`: 201 with the new webhook, `signing_secret` shown this once. */
export function createWebhook(call: SentDmCall): SimResponse {
  const checked = checkedBody(call, checkWebhookBody);
  if (!checked.ok) return checked.response;
  const record = call.ctx.store.newRecord(checked.value.fields, call.profileId, generateSecret());
  const response = ok(call.request, toSentDmWire(record, true), 201);
  if (checked.value.sandbox) return sandboxed(response);
  call.ctx.store.add(record);
  return response;
}

/** `GET /v3/webhooks/{id}`: `signing_secret` is null. */
export function getWebhook(call: SentDmCall, id: string): SimResponse {
  const record = call.ctx.store.get(id, call.profileId);
  return record ? ok(call.request, toSentDmWire(record)) : notFound(call);
}

/**
 * `PUT /v3/webhooks/{id}`: replaces every field; what the body leaves out returns to its default,
 * so a client must read, merge and write the whole object. `is_active` is refused (toggle-status).
 */
export function replaceWebhook(call: SentDmCall, id: string): SimResponse {
  const checked = checkedBody(call, checkWebhookBody);
  if (!checked.ok) return checked.response;
  return changeWebhook(call, id, { ...checked.value.fields, updated_at: sentDmTime() }, checked.value.sandbox);
}

/** `DELETE /v3/webhooks/{id}`: 204 without a body; 404 when already gone. */
export function deleteWebhook(call: SentDmCall, id: string): SimResponse {
  return call.ctx.store.delete(id, call.profileId) ? { status: 204 } : notFound(call);
}

/** `GET /v3/webhooks?page&page_size[&search][&is_active]`. */
export function listWebhooks(call: SentDmCall): SimResponse {
  const paging = checkPaging(call.request.searchParams);
  if (!paging.ok) return invalid(call, paging);
  const active = checkActiveFilter(call.request.searchParams);
  if (!active.ok) return invalid(call, active);
  const { page, pageSize, search } = paging.value;
  const needle = search?.toLowerCase();
  const all = call.ctx.store.list(call.profileId).filter((webhook) =>
    (active.value === undefined || webhook.is_active === active.value)
    && (needle === undefined || webhook.display_name.toLowerCase().includes(needle) || webhook.endpoint_url.toLowerCase().includes(needle)));
  const slice = slicePage(all, page, pageSize);
  return ok(call.request, { webhooks: slice.items.map((webhook) => toSentDmWire(webhook)), pagination: pagination(page, pageSize, slice) });
}
