/**
 * The sent.dm v3 webhook API's front door: routing, `x-api-key` authentication, `x-profile-id`
 * scoping and `Idempotency-Key` handling, before the handlers.
 * @module
 */
import type { SimRequest } from '../../../src/testing/http-harness';
import type { SimResponse } from '../../../src/testing/wire-response';
import { listEvents, listEventTypes, rotateSecret, testWebhook, toggleStatus } from './action-handlers';
import type { SentDmCall, SentDmContext } from './call';
import { sentDmError } from './envelope';
import { createWebhook, deleteWebhook, getWebhook, listWebhooks, replaceWebhook } from './webhook-handlers';

type Handler = (call: SentDmCall, id: string) => SimResponse | Promise<SimResponse>;

// Keyed by `METHOD action`: '' is the collection, '{id}' the item, the rest the item's actions.
const ROUTES: Record<string, Handler> = {
  'GET ': (call) => listWebhooks(call),
  'POST ': (call) => createWebhook(call),
  'GET event-types': (call) => listEventTypes(call),
  'GET {id}': getWebhook,
  'PUT {id}': replaceWebhook,
  'DELETE {id}': deleteWebhook,
  'PATCH toggle-status': toggleStatus,
  'POST rotate-secret': rotateSecret,
  'POST test': testWebhook,
  'GET events': listEvents,
};

const PATH = /^\/v3\/webhooks(?:\/([^/]+)(?:\/([a-z-]+))?)?\/?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IDEMPOTENCY_KEY = /^[a-zA-Z0-9_-]{1,255}$/;
const KEYED_METHODS = new Set(['POST', 'PUT', 'PATCH']);

function route(request: SimRequest): { handler: Handler; id?: string } | 'no-route' | 'no-method' {
  const match = PATH.exec(request.path);
  if (!match) return 'no-route';
  const [, id, action] = match;
  const name = id === undefined ? '' : id === 'event-types' && action === undefined ? 'event-types' : (action ?? '{id}');
  const handler = ROUTES[`${request.method} ${name}`];
  if (!handler) return Object.keys(ROUTES).some((key) => key.endsWith(` ${name}`)) ? 'no-method' : 'no-route';
  return { handler, ...(name === '' || name === 'event-types' ? {} : { id: id ?? '' }) };
}

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
  const found = route(request);
  // ASP.NET answers unknown routes and methods with empty bodies, before authentication.
  if (found === 'no-route') return { status: 404 };
  if (found === 'no-method') return { status: 405 };
  const apiKey = request.headers['x-api-key'];
  if (!apiKey) return sentDmError(request, 'AUTH_001', 'User is not authenticated');
  if (apiKey !== ctx.apiKey) return sentDmError(request, 'AUTH_002', 'Invalid or expired API key');
  // A UUID names the same profile in either case.
  const profileId = request.headers['x-profile-id']?.toLowerCase() ?? null;
  if (profileId !== null && !UUID.test(profileId)) {
    return sentDmError(request, 'VALIDATION_001', 'Invalid profile ID format.', { 'x-profile-id': ['Must be a UUID'] });
  }
  const call: SentDmCall = { request, ctx, profileId };
  const run = async () => {
    if (found.id !== undefined && !UUID.test(found.id)) return sentDmError(request, 'VALIDATION_001', 'Invalid webhook ID format.');
    return found.handler(call, found.id ?? '');
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
