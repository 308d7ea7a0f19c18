/**
 * The DialNexa v1 webhook API: five operations on `/v1/user-webhooks`. DialNexa has no test,
 * rotate, toggle or delivery-log endpoint, so neither does the simulator.
 * @module
 */
import { findRoute, parseJsonBody, type Route, type SimRequest, type SimResponse } from '../../../src/testing/kit';
import { badJson, cannotRoute, dialNexaError, json, webhookNotFound } from './responses';
import { activeIs, toDialNexaWire, type DialNexaStore, type DialNexaWebhookFields } from './store';
import { checkCreate, checkListQuery, checkPatch } from './validation';

/** What the routes need besides the request. */
export interface DialNexaRouteContext {
  apiKey: string;
  store: DialNexaStore;
  /**
   * Called before a new or changed URL is saved; a message means "not saved" (DialNexa pings the
   * endpoint on save when `verifyEndpoints` is on).
   */
  verifyEndpoint?: (fields: Pick<DialNexaWebhookFields, 'url' | 'secret'>) => Promise<string | undefined>;
}

type Handler = (request: SimRequest, ctx: DialNexaRouteContext, id: string) => SimResponse | Promise<SimResponse>;

async function create(request: SimRequest, ctx: DialNexaRouteContext): Promise<SimResponse> {
  const parsed = parseJsonBody(request.body, badJson);
  if (!parsed.ok) return parsed.response;
  const checked = checkCreate(parsed.value);
  if (!checked.ok) return dialNexaError(400, checked.messages);
  const refused = await ctx.verifyEndpoint?.(checked.value);
  if (refused) return dialNexaError(400, refused);
  return json(201, toDialNexaWire(ctx.store.create(checked.value)));
}

function list(request: SimRequest, ctx: DialNexaRouteContext): SimResponse {
  const checked = checkListQuery(request.searchParams);
  if (!checked.ok) return dialNexaError(400, checked.messages);
  const { page, limit, isActive } = checked.value;
  const slice = ctx.store.page(activeIs(isActive), page, limit);
  // DialNexa's list shape: `{ data, meta: { page, limit, total } }`, with no totalPages.
  return json(200, { data: slice.items.map(toDialNexaWire), meta: { page, limit, total: slice.total } });
}

function get(_request: SimRequest, ctx: DialNexaRouteContext, id: string): SimResponse {
  const record = ctx.store.get(id);
  return record ? json(200, toDialNexaWire(record)) : webhookNotFound();
}

async function update(request: SimRequest, ctx: DialNexaRouteContext, id: string): Promise<SimResponse> {
  // Validation pipes run before the handler looks the webhook up, so a bad body wins over a 404.
  const parsed = parseJsonBody(request.body, badJson);
  if (!parsed.ok) return parsed.response;
  const checked = checkPatch(parsed.value);
  if (!checked.ok) return dialNexaError(400, checked.messages);
  const existing = ctx.store.get(id);
  if (!existing) return webhookNotFound();
  if (checked.value.url !== undefined && checked.value.url !== existing.url) {
    const refused = await ctx.verifyEndpoint?.({ url: checked.value.url, secret: checked.value.secret ?? existing.secret });
    if (refused) return dialNexaError(400, refused);
  }
  const updated = ctx.store.update(id, checked.value);
  return updated ? json(200, toDialNexaWire(updated)) : webhookNotFound();
}

function remove(_request: SimRequest, ctx: DialNexaRouteContext, id: string): SimResponse {
  return ctx.store.delete(id) ? json(200, { message: 'Webhook deleted.' }) : webhookNotFound();
}

const COLLECTION = /^\/v1\/user-webhooks\/?$/;
const ITEM = /^\/v1\/user-webhooks\/([^/]+)\/?$/;

const ROUTES: readonly Route<Handler>[] = [
  { method: 'POST', path: COLLECTION, handler: create },
  { method: 'GET', path: COLLECTION, handler: list },
  { method: 'GET', path: ITEM, handler: get },
  { method: 'PATCH', path: ITEM, handler: update },
  { method: 'DELETE', path: ITEM, handler: remove },
];

// Express decodes path parameters; a malformed %-escape cannot name any webhook, so it is kept
// as is and the lookup simply misses.
function pathId(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Answers one request the way DialNexa's API does. */
export async function handleDialNexa(request: SimRequest, ctx: DialNexaRouteContext): Promise<SimResponse> {
  // NestJS answers unknown routes (and unknown methods on known ones) before any guard runs.
  const route = findRoute(ROUTES, request, { notFound: cannotRoute, methodNotAllowed: cannotRoute });
  if (!route.found) return route.response;
  if (request.headers.authorization !== `Bearer ${ctx.apiKey}`) return dialNexaError(401);
  return route.handler(request, ctx, pathId(route.params[0] ?? ''));
}
