/**
 * The sent.dm v3 webhook API's front door: routing, `x-api-key` authentication, `x-profile-id`
 * scoping and `Idempotency-Key` handling, before the handlers.
 * @module
 */
import { findRoute, type Route, type SimRequest, type SimResponse } from '../../../src/testing/kit';
import { listEvents, listEventTypes, rotateSecret, testWebhook, toggleStatus } from './action-handlers';
import type { SentDmCall, SentDmContext } from './call';
import { sentDmError } from './envelope';
import { createWebhook, deleteWebhook, getWebhook, listWebhooks, replaceWebhook } from './webhook-handlers';

type Handler = (call: SentDmCall, id: string) => SimResponse | Promise<SimResponse>;

const COLLECTION = /^\/v3\/webhooks\/?$/;
const EVENT_TYPES = /^\/v3\/webhooks\/event-types\/?$/;
// `event-types` is a resource of its own, never a webhook id (a PUT there is a 405, not a 400).
const ITEM = /^\/v3\/webhooks\/(?!event-types\/?$)([^/]+)\/?$/;
const action = (name: string) => new RegExp(`^/v3/webhooks/([^/]+)/${name}/?$`);

const ROUTES: readonly Route<Handler>[] = [
  { method: 'GET', path: COLLECTION, handler: (call) => listWebhooks(call) },
  { method: 'POST', path: COLLECTION, handler: (call) => createWebhook(call) },
  { method: 'GET', path: EVENT_TYPES, handler: (call) => listEventTypes(call) },
  { method: 'GET', path: ITEM, handler: getWebhook },
  { method: 'PUT', path: ITEM, handler: replaceWebhook },
  { method: 'DELETE', path: ITEM, handler: deleteWebhook },
  { method: 'PATCH', path: action('toggle-status'), handler: toggleStatus },
  { method: 'POST', path: action('rotate-secret'), handler: rotateSecret },
  { method: 'POST', path: action('test'), handler: testWebhook },
  { method: 'GET', path: action('events'), handler: listEvents },
];

// ASP.NET answers unknown routes and methods with empty bodies, before authentication.
const MISSES = { notFound: (): SimResponse => ({ status: 404 }), methodNotAllowed: (): SimResponse => ({ status: 405 }) };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IDEMPOTENCY_KEY = /^[a-zA-Z0-9_-]{1,255}$/;
const KEYED_METHODS = new Set(['POST', 'PUT', 'PATCH']);

// The first response for a key is kept (5xx excepted) and replayed; a duplicate that arrives
// while the first is still running gets 409 CONFLICT_001.
async function idempotent(call: SentDmCall, key: string, run: () => Promise<SimResponse>): Promise<SimResponse> {
  const scoped = `${call.profileId ?? 'account'}:${key}`;
  const claim = call.ctx.idempotency.claim(scoped, call.request.id);
  if (claim.state === 'in-flight') {
    return sentDmError(call.request, 'CONFLICT_001', 'A request with this idempotency key is already being processed');
  }
  if (claim.state === 'completed') {
    return { ...claim.response, headers: { ...claim.response.headers, 'Idempotent-Replayed': 'true', 'X-Original-Request-Id': claim.requestId } };
  }
  let response: SimResponse;
  try {
    response = await run();
  } catch (error) {
    call.ctx.idempotency.release(scoped);
    throw error;
  }
  // Settled once the response has left, so a duplicate meets "in flight" during injected latency.
  const stored = { ...response };
  const afterSend = () => (response.status >= 500 ? call.ctx.idempotency.release(scoped) : call.ctx.idempotency.complete(scoped, stored));
  return { ...response, afterSend };
}

/** Answers one request the way sent.dm's v3 API does. */
export async function handleSentDm(request: SimRequest, ctx: SentDmContext): Promise<SimResponse> {
  const found = findRoute(ROUTES, request, MISSES);
  if (!found.found) return found.response;
  const apiKey = request.headers['x-api-key'];
  if (!apiKey) return sentDmError(request, 'AUTH_001', 'User is not authenticated');
  if (apiKey !== ctx.apiKey) return sentDmError(request, 'AUTH_002', 'Invalid or expired API key');
  // A UUID names the same profile in either case.
  const profileId = request.headers['x-profile-id']?.toLowerCase() ?? null;
  if (profileId !== null && !UUID.test(profileId)) {
    return sentDmError(request, 'VALIDATION_001', 'Invalid profile ID format.', { 'x-profile-id': ['Must be a UUID'] });
  }
  const call: SentDmCall = { request, ctx, profileId };
  const id = found.params[0];
  const run = async () => {
    if (id !== undefined && !UUID.test(id)) return sentDmError(request, 'VALIDATION_001', 'Invalid webhook ID format.');
    return found.handler(call, id ?? '');
  };
  const key = request.headers['idempotency-key'];
  if (key === undefined || !KEYED_METHODS.has(request.method)) return run();
  if (!IDEMPOTENCY_KEY.test(key)) {
    return sentDmError(request, 'VALIDATION_007', 'Idempotency-Key must be 1-255 characters: letters, digits, hyphens and underscores', {
      'Idempotency-Key': ['Must match ^[a-zA-Z0-9_-]{1,255}$'],
    });
  }
  return idempotent(call, key, run);
}
