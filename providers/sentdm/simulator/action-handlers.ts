/**
 * The sent.dm webhook actions: toggle-status, rotate-secret, test, the delivery log and the event
 * type catalogue.
 * @module
 */
import { slicePage, type SimResponse } from '../../../src/testing/kit';
import { generateSecret } from '../../../src/secret';
import { changeWebhook, checkedBody, invalid, notFound, type SentDmCall } from './call';
import { deliverTestEvent } from './deliver';
import { ok, pagination, sandboxed, sentDmTime } from './envelope';
import { SENTDM_EVENT_TYPES } from './event-catalogue';
import { checkPaging, checkSandboxOnly, checkTest, checkToggle } from './validation';

/** `PATCH /v3/webhooks/{id}/toggle-status` with `{ is_active }`: the only way to (de)activate. */
export function toggleStatus(call: SentDmCall, id: string): SimResponse {
  const checked = checkedBody(call, checkToggle);
  if (!checked.ok) return checked.response;
  return changeWebhook(call, id, { is_active: checked.value.isActive, updated_at: sentDmTime() }, checked.value.sandbox);
}

/** `POST /v3/webhooks/{id}/rotate-secret`: `{ signing_secret }`; the old one stops working at once. */
export function rotateSecret(call: SentDmCall, id: string): SimResponse {
  const checked = checkedBody(call, checkSandboxOnly);
  if (!checked.ok) return checked.response;
  if (!call.ctx.store.get(id, call.profileId)) return notFound(call);
  const secret = generateSecret();
  const response = ok(call.request, { signing_secret: secret });
  if (checked.value.sandbox) return sandboxed(response);
  call.ctx.store.update(id, { signing_secret: secret, updated_at: sentDmTime() });
  return response;
}

/**
 * `POST /v3/webhooks/{id}/test` with `{ event_type }`: really delivers one signed specimen event
 * and reports whether the endpoint took it (HTTP 200 either way; `data.success` tells).
 */
export async function testWebhook(call: SentDmCall, id: string): Promise<SimResponse> {
  const checked = checkedBody(call, checkTest);
  if (!checked.ok) return checked.response;
  const webhook = call.ctx.store.get(id, call.profileId);
  if (!webhook) return notFound(call);
  if (checked.value.sandbox) {
    return sandboxed(ok(call.request, { success: true, message: 'Sandbox mode: the test event was validated but not sent' }));
  }
  const attempt = await deliverTestEvent(call.ctx.delivery, webhook, checked.value.eventType);
  const why = attempt.status === undefined ? attempt.error : `the endpoint answered HTTP ${attempt.status}`;
  return ok(call.request, attempt.ok
    ? { success: true, message: 'Test event delivered successfully' }
    : { success: false, message: `Test event delivery failed: ${why}` });
}

/** `GET /v3/webhooks/{id}/events?page&page_size[&search]`: the delivery log, newest first. */
export function listEvents(call: SentDmCall, id: string): SimResponse {
  const paging = checkPaging(call.request.searchParams);
  if (!paging.ok) return invalid(call, paging);
  if (!call.ctx.store.get(id, call.profileId)) return notFound(call);
  const { page, pageSize, search } = paging.value;
  const events = call.ctx.store.events(id).filter((event) => search === undefined || event.event_type.includes(search));
  const slice = slicePage(events, page, pageSize);
  return ok(call.request, { events: slice.items, pagination: pagination(page, pageSize, slice) });
}

/** `GET /v3/webhooks/event-types`. */
export function listEventTypes(call: SentDmCall): SimResponse {
  return ok(call.request, { event_types: structuredClone(SENTDM_EVENT_TYPES) });
}
