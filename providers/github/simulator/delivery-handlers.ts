/**
 * A hook's deliveries: the log (cursor pages, newest first), one delivery, redelivery, and the
 * two endpoints that make a delivery on request, `/pings` and (repository hooks) `/tests`. Each
 * delivery is sent before the endpoint answers, so a test sees it in `sim.deliveries` as soon as
 * the call returns.
 * @module
 */
import type { DeliveryAttempt, SimResponse } from '../../../src/testing/kit';
import { hookOf, missing, paging, type GitHubCall } from './call';
import { deliverToHook } from './deliver';
import { gitHubError, validationFailed } from './errors';
import { hookReceives } from './hook-events';
import { cursorLinks } from './link-header';
import { pingPayload, testPushPayload } from './payloads';
import type { GitHubDeliveryRecord, GitHubHookRecord } from './store';
import { toDeliveryItemWire, toDeliveryWire, toHookWire } from './wire';

const CURSOR = /^v1_(\d+)$/;
const cursorOf = (delivery: GitHubDeliveryRecord | undefined) => (delivery ? `v1_${delivery.id}` : undefined);

/** Sends a `ping` to `hook` (what `/pings` and a new hook under `pingOnCreate` do). */
export function pingHook(call: GitHubCall, hook: GitHubHookRecord): Promise<DeliveryAttempt> {
  const payload = pingPayload(toHookWire(hook, call.hooksUrl), call.ctx.identity);
  return deliverToHook(call.ctx.delivery, hook, { event: 'ping', payload, guid: crypto.randomUUID(), redelivery: false });
}

/** `POST .../hooks/{hook_id}/pings`: 204 once the ping was sent. */
export async function pingEndpoint(call: GitHubCall, hookId: string): Promise<SimResponse> {
  const hook = hookOf(call, hookId);
  if (!hook.ok) return hook.response;
  await pingHook(call, hook.value);
  return { status: 204 };
}

/** `POST /repos/.../hooks/{hook_id}/tests`: the latest push, sent only to a hook subscribed to `push`; 204 either way. */
export async function testEndpoint(call: GitHubCall, hookId: string): Promise<SimResponse> {
  const hook = hookOf(call, hookId);
  if (!hook.ok) return hook.response;
  if (hookReceives(hook.value.events, 'push')) {
    const payload = testPushPayload(call.ctx.identity);
    await deliverToHook(call.ctx.delivery, hook.value, { event: 'push', payload, guid: crypto.randomUUID(), redelivery: false });
  }
  return { status: 204 };
}

/** `GET .../hooks/{hook_id}/deliveries?per_page&cursor&status`: newest first, `Link` cursors for the next and previous pages. */
export function listDeliveries(call: GitHubCall, hookId: string): SimResponse {
  const hook = hookOf(call, hookId);
  if (!hook.ok) return hook.response;
  const { searchParams } = call.request;
  const status = searchParams.get('status');
  if (status !== null && status !== 'success' && status !== 'failure') {
    return validationFailed(call.docs, [{ resource: 'HookDelivery', code: 'invalid', field: 'status' }]);
  }
  // `success` is a status code from 200 to 399; everything else (a refused connection included) is a failure.
  const succeeded = (delivery: GitHubDeliveryRecord) => delivery.status_code >= 200 && delivery.status_code <= 399;
  const all = call.ctx.store.deliveries(hookId).filter((delivery) => status === null || succeeded(delivery) === (status === 'success'));
  const cursor = searchParams.get('cursor');
  let start = 0;
  if (cursor !== null && cursor !== '') {
    const id = CURSOR.exec(cursor)?.[1];
    start = all.findIndex((delivery) => String(delivery.id) === id);
    if (start < 0) return gitHubError(400, 'Bad Request', call.docs);
  }
  const { perPage } = paging(call);
  const items = all.slice(start, start + perPage);
  const link = cursorLinks(call.url, {
    ...(start > 0 ? { prev: cursorOf(all[Math.max(0, start - perPage)]) } : {}),
    ...(start + perPage < all.length ? { next: cursorOf(all[start + perPage]) } : {}),
  });
  return { status: 200, body: items.map(toDeliveryItemWire), ...(link ? { headers: { link } } : {}) };
}

function deliveryOf(call: GitHubCall, hookId: string, deliveryId: string): GitHubDeliveryRecord | undefined {
  return call.ctx.store.deliveries(hookId).find((delivery) => String(delivery.id) === deliveryId);
}

/** `GET .../hooks/{hook_id}/deliveries/{delivery_id}`: with the request sent and the response received. */
export function getDelivery(call: GitHubCall, hookId: string, deliveryId: string): SimResponse {
  const hook = hookOf(call, hookId);
  if (!hook.ok) return hook.response;
  const delivery = deliveryOf(call, hookId, deliveryId);
  return delivery ? { status: 200, body: toDeliveryWire(delivery) } : missing(call);
}

/** `POST .../deliveries/{delivery_id}/attempts`: sends the same event again (same GUID, `redelivery: true`); 202. */
export async function redeliver(call: GitHubCall, hookId: string, deliveryId: string): Promise<SimResponse> {
  const hook = hookOf(call, hookId);
  if (!hook.ok) return hook.response;
  const delivery = deliveryOf(call, hookId, deliveryId);
  if (!delivery) return missing(call);
  await deliverToHook(call.ctx.delivery, hook.value, { event: delivery.event, payload: delivery.request.payload, guid: delivery.guid, redelivery: true });
  return { status: 202, body: {} };
}
