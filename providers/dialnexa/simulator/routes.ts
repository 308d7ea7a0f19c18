/**
 * The DialNexa v1 webhook API: five operations on `/v1/user-webhooks` (there is no test, rotate,
 * toggle or delivery-log endpoint; see providers.md 1.2).
 * @module
 */
import type { SimRequest } from '../../../src/testing/http-harness';
import { slicePage } from '../../../src/testing/page-slice';
import type { SimResponse } from '../../../src/testing/wire-response';
import { dialNexaError, json, webhookNotFound } from './responses';
import { toWire, type DialNexaStore, type DialNexaWebhookFields } from './store';
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

const COLLECTION = /^\/v1\/user-webhooks\/?$/;
const ITEM = /^\/v1\/user-webhooks\/([^/]+)\/?$/;

type Parsed = { ok: true; body: unknown } | { ok: false; response: SimResponse };

// Express' JSON parser answers a broken body with a 400 carrying the SyntaxError's message.
function parseBody(text: string): Parsed {
  if (text.trim() === '') return { ok: true, body: {} };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, response: dialNexaError(400, (error as Error).message) };
  }
}

async function create(request: SimRequest, ctx: DialNexaRouteContext): Promise<SimResponse> {
  const parsed = parseBody(request.body);
  if (!parsed.ok) return parsed.response;
  const checked = checkCreate(parsed.body);
  if (!checked.ok) return dialNexaError(400, checked.messages);
  const refused = await ctx.verifyEndpoint?.(checked.value);
  if (refused) return dialNexaError(400, refused);
  return json(201, toWire(ctx.store.create(checked.value)));
}

function list(request: SimRequest, ctx: DialNexaRouteContext): SimResponse {
  const checked = checkListQuery(request.searchParams);
  if (!checked.ok) return dialNexaError(400, checked.messages);
  const { page, limit, isActive } = checked.value;
  const slice = slicePage(ctx.store.list(isActive), page, limit);
  // The seed's envelope: `{ data, meta: { page, limit, total } }` (no totalPages).
  return json(200, { data: slice.items.map(toWire), meta: { page, limit, total: slice.total } });
}

async function update(request: SimRequest, ctx: DialNexaRouteContext, id: string): Promise<SimResponse> {
  // Validation pipes run before the handler looks the webhook up, so a bad body wins over a 404.
  const parsed = parseBody(request.body);
  if (!parsed.ok) return parsed.response;
  const checked = checkPatch(parsed.body);
  if (!checked.ok) return dialNexaError(400, checked.messages);
  const existing = ctx.store.get(id);
  if (!existing) return webhookNotFound();
  if (checked.value.url !== undefined && checked.value.url !== existing.url) {
    const refused = await ctx.verifyEndpoint?.({ url: checked.value.url, secret: checked.value.secret ?? existing.secret });
    if (refused) return dialNexaError(400, refused);
  }
  const updated = ctx.store.update(id, checked.value);
  return updated ? json(200, toWire(updated)) : webhookNotFound();
}

// A malformed %-escape cannot name any webhook; keep it as is so the lookup simply misses.
function pathId(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function authorized(request: SimRequest, apiKey: string): boolean {
  return request.headers.authorization === `Bearer ${apiKey}`;
}

/** Answers one request the way DialNexa's API does. */
export async function handleDialNexa(request: SimRequest, ctx: DialNexaRouteContext): Promise<SimResponse> {
  const item = ITEM.exec(request.path);
  const route = COLLECTION.test(request.path) ? 'collection' : item ? 'item' : undefined;
  // NestJS answers unknown routes (and unknown methods on known ones) before any guard runs.
  const notFound = () => dialNexaError(404, `Cannot ${request.method} ${request.path}`);
  if (!route) return notFound();
  if (!authorized(request, ctx.apiKey)) return dialNexaError(401);
  if (route === 'collection') {
    if (request.method === 'POST') return create(request, ctx);
    if (request.method === 'GET') return list(request, ctx);
    return notFound();
  }
  const id = pathId(item?.[1] ?? '');
  switch (request.method) {
    case 'GET': {
      const record = ctx.store.get(id);
      return record ? json(200, toWire(record)) : webhookNotFound();
    }
    case 'PATCH':
      return update(request, ctx, id);
    case 'DELETE':
      return ctx.store.delete(id) ? json(200, { message: 'Webhook deleted.' }) : webhookNotFound();
    default:
      return notFound();
  }
}
