/**
 * An in-memory `WebhookProvider` for an app's unit tests: no HTTP, the same validation, errors and
 * pagination a real adapter shows.
 * @module
 */
import { defineProvider } from '../../iterate-from-list';
import { NotFoundError, UnsupportedOperationError, ValidationError } from '../../errors';
import type { CallOptions, CreatedWebhook, Delivery, ListParams, Page, Webhook } from '../../model';
import type { Capabilities, WebhookProvider } from '../../provider';
import { DEFAULT_PAGE_SIZE } from '../../input-schemas';
import { checkCallOptions, checkInput, checkWebhookId } from '../../schema-check';
import { generateSecret } from '../../secret';
import { webhookWithRaw } from '../../webhook-raw';
import { deliveryTargets } from '../kit/delivery-targets';
import { slicePage } from '../kit/page-slice';
import { DEFAULT_MEMORY_CAPABILITIES, DEFAULT_MEMORY_DELIVERY_LIMITS, DEFAULT_MEMORY_EVENT_TYPES } from './memory-defaults';
import type { MemoryProviderOptions } from './memory-options';
import { memoryListSchema, memoryRotateOptions, memoryWebhookSchemas } from './memory-schemas';

/** A delivery the memory provider recorded, with the webhook it went to. */
export type MemoryDelivery = Delivery & { webhookId: string };

/** The memory provider: a `WebhookProvider` plus inspection for assertions. */
export interface MemoryProvider extends WebhookProvider {
  /** Every stored webhook, secrets included (copies). */
  readonly webhooks: readonly Webhook[];
  /** Every recorded delivery (test events and `deliver`), oldest first. */
  readonly deliveries: readonly MemoryDelivery[];
  /** Records a delivery of `event` to every active webhook subscribed to it; returns them. */
  deliver(event: string, data?: unknown): MemoryDelivery[];
  /** Forgets every webhook and delivery. */
  reset(): void;
}

// What callers get: a deep copy, the secret only where asked, and `raw` as the stored object without it.
function present(webhook: Webhook, withSecret: boolean): Webhook {
  const { secret, raw: _raw, ...fields } = webhook;
  return webhookWithRaw({ ...structuredClone(fields), ...(withSecret && secret ? { secret } : {}) }, structuredClone(fields));
}

/**
 * Creates an in-memory provider.
 *
 * @example
 * const hooks = createMemoryProvider();
 * const created = await hooks.create({ url: 'https://app.example/hooks', events: ['example.created'] });
 * await hooks.update(created.id, { active: false });
 * expect(hooks.webhooks[0]?.active).toBe(false);
 */
export function createMemoryProvider(options: MemoryProviderOptions = {}): MemoryProvider {
  const provider = options.id ?? 'memory';
  const capabilities: Capabilities = { ...DEFAULT_MEMORY_CAPABILITIES, ...options.capabilities };
  const catalogue = options.eventTypes ?? DEFAULT_MEMORY_EVENT_TYPES;
  const known = options.eventTypes ? new Set(options.eventTypes.map((type) => type.name)) : undefined;
  const { input: inputSchema, patch: patchSchema } = memoryWebhookSchemas({ ...DEFAULT_MEMORY_DELIVERY_LIMITS, ...options.deliveryLimits });
  const webhooks = new Map<string, Webhook>();
  // Idempotency key -> the id its create made, when the provider imitated has idempotency keys.
  const createdByKey = new Map<string, string>();
  const deliveries: MemoryDelivery[] = [];
  const ctx = (operation: string) => ({ provider, operation });

  // A memory call finishes at once, so an abort can only have happened before it started. Its
  // options are checked as an adapter checks them: an unknown one is refused.
  const begin = (call: CallOptions | undefined, operation: string, own?: typeof memoryRotateOptions): void => {
    checkCallOptions(call, ctx(operation), own);
    call?.signal?.throwIfAborted();
  };

  function find(id: string, operation: string): Webhook {
    checkWebhookId(id, ctx(operation));
    const webhook = webhooks.get(id);
    if (!webhook) throw new NotFoundError(`${operation}: webhook ${id} not found`, { ...ctx(operation), status: 404 });
    return webhook;
  }

  function checkEvents(events: readonly string[] | undefined, operation: string, field = 'events'): void {
    const unknown = known ? (events ?? []).filter((event) => !known.has(event)) : [];
    if (unknown.length === 0) return;
    const message = `unknown event ${unknown.map((e) => `"${e}"`).join(', ')}; listEventTypes() names the valid ones`;
    throw new ValidationError(`${operation}: invalid input (${field}: ${message}). Nothing was sent.`, { ...ctx(operation), details: { [field]: [message] } });
  }

  // What a real adapter refuses before sending when a capability is off (sent.dm: a caller's
  // secret; DialNexa: name, eventFilters, delivery, search), so an app's unit test fails the same way.
  const switchedOff: [field: string, on: () => boolean, why: string][] = [
    ['secret', () => capabilities.callerSecret, 'this provider generates the secret; leave it out'],
    ['name', () => capabilities.names, 'this provider has no names (capabilities.names is false); remove it'],
    ['eventFilters', () => capabilities.eventFilters, 'this provider has no event filters (capabilities.eventFilters is false); remove it'],
    ['delivery', () => capabilities.deliverySettings, 'this provider has no delivery settings (capabilities.deliverySettings is false); remove it'],
    ['search', () => capabilities.search, 'this provider cannot search (capabilities.search is false); filter the items yourself'],
  ];
  function refuseSwitchedOff(input: object, operation: string): void {
    for (const [field, on, why] of switchedOff) {
      if ((input as Record<string, unknown>)[field] === undefined || on()) continue;
      throw new ValidationError(`${operation}: invalid input (${field}: ${why}). Nothing was sent.`, { ...ctx(operation), details: { [field]: [why] } });
    }
  }

  function paging(params: ListParams, operation: string): { page: number; pageSize: number } {
    const checked = checkInput(memoryListSchema, params, ctx(operation));
    refuseSwitchedOff(checked, operation);
    // The default never exceeds the ceiling: a plain list() works on any configuration.
    const pageSize = checked.pageSize ?? Math.min(options.defaultPageSize ?? DEFAULT_PAGE_SIZE, capabilities.maxPageSize);
    if (pageSize > capabilities.maxPageSize) {
      const message = `must be at most ${capabilities.maxPageSize}`;
      throw new ValidationError(`${operation}: invalid input (pageSize: ${message}). Nothing was sent.`, { ...ctx(operation), details: { pageSize: [message] } });
    }
    return { page: checked.page ?? 1, pageSize };
  }

  function unsupported(what: 'sendTestEvent' | 'listDeliveries'): never {
    throw new UnsupportedOperationError(`${what}: this memory provider was configured without it`, ctx(what));
  }

  function record(webhookId: string, eventType: string, data: unknown): MemoryDelivery {
    const now = new Date();
    const delivery: MemoryDelivery = {
      id: crypto.randomUUID(), webhookId, eventType, status: 'delivered', httpStatus: 200, attempts: 1, data,
      createdAt: now, startedAt: now, completedAt: now, raw: { webhookId, eventType, data },
    };
    deliveries.push(delivery);
    return structuredClone(delivery);
  }

  const methods = defineProvider({
    id: provider,
    capabilities,
    async list(params = {}, call) {
      begin(call, 'list');
      const { page, pageSize } = paging(params, 'list');
      const needle = params.search?.toLowerCase();
      const matching = [...webhooks.values()].filter((w) => (params.active === undefined || w.active === params.active)
        && (needle === undefined || w.url.toLowerCase().includes(needle) || (w.name ?? '').toLowerCase().includes(needle)));
      const slice = slicePage(matching, page, pageSize);
      return { items: slice.items.map((w) => present(w, false)), page, pageSize, total: slice.total, hasMore: slice.hasMore };
    },
    async get(id, call) {
      begin(call, 'get');
      return present(find(id, 'get'), false);
    },
    async create(input, call) {
      begin(call, 'create');
      const checked = checkInput(inputSchema, input, ctx('create'));
      checkEvents(checked.events, 'create');
      refuseSwitchedOff(checked, 'create');
      // A repeated key replays the first create's result, as a provider with idempotency keys does.
      const key = capabilities.idempotencyKeys ? call?.idempotencyKey : undefined;
      const earlier = key === undefined ? undefined : webhooks.get(createdByKey.get(key) ?? '');
      if (earlier) return present(earlier, true) as CreatedWebhook;
      const { active, secret, ...rest } = checked;
      const webhook: Webhook = { provider, id: crypto.randomUUID(), ...rest, active: active ?? true, secret: secret ?? generateSecret(), createdAt: new Date(), raw: undefined };
      webhooks.set(webhook.id, webhook);
      if (key !== undefined) createdByKey.set(key, webhook.id);
      return present(webhook, true) as CreatedWebhook;
    },
    async update(id, patch, call) {
      begin(call, 'update');
      const checked = checkInput(patchSchema, patch, ctx('update'));
      checkEvents(checked.events, 'update');
      refuseSwitchedOff(checked, 'update');
      const webhook = find(id, 'update');
      const { delivery, ...rest } = checked;
      const defined = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
      Object.assign(webhook, defined, delivery ? { delivery: { ...webhook.delivery, ...delivery } } : {}, { updatedAt: new Date() });
      return present(webhook, false);
    },
    async delete(id, call) {
      begin(call, 'delete');
      find(id, 'delete');
      webhooks.delete(id);
    },
    async rotateSecret(id, call) {
      begin(call, 'rotateSecret', memoryRotateOptions);
      refuseSwitchedOff({ secret: call?.secret }, 'rotateSecret');
      const webhook = find(id, 'rotateSecret');
      const given = call?.secret === undefined ? undefined : checkInput(patchSchema, { secret: call.secret }, ctx('rotateSecret')).secret;
      webhook.secret = given ?? generateSecret();
      webhook.updatedAt = new Date();
      return { secret: webhook.secret };
    },
    async sendTestEvent(id, event, call) {
      begin(call, 'sendTestEvent');
      if (!capabilities.sendTestEvent) unsupported('sendTestEvent');
      find(id, 'sendTestEvent');
      checkEvents([event], 'sendTestEvent', 'event');
      record(id, event, { test: true });
      return { delivered: true, message: 'Test event recorded by the memory provider' };
    },
    async listEventTypes(call) {
      begin(call, 'listEventTypes');
      return structuredClone([...catalogue]);
    },
    async listDeliveries(id, params = {}, call): Promise<Page<Delivery>> {
      begin(call, 'listDeliveries');
      if (!capabilities.listDeliveries) unsupported('listDeliveries');
      find(id, 'listDeliveries');
      const { page, pageSize } = paging(params, 'listDeliveries');
      // Newest first, as delivery logs are read.
      const mine = deliveries.filter((d) => d.webhookId === id).reverse();
      const slice = slicePage(mine, page, pageSize);
      return { items: slice.items.map((d) => structuredClone(d)), page, pageSize, total: slice.total, hasMore: slice.hasMore };
    },
  });

  return {
    ...methods,
    get webhooks() { return [...webhooks.values()].map((w) => present(w, true)); },
    get deliveries() { return deliveries.map((d) => structuredClone(d)); },
    deliver(event, data) {
      const targets = deliveryTargets([...webhooks.values()], { isActive: (w) => w.active, subscribes: (w) => w.events.includes(event) });
      return targets.map((w) => record(w.id, event, data));
    },
    reset() {
      webhooks.clear();
      createdByKey.clear();
      deliveries.length = 0;
    },
  };
}
