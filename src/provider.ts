import type {
  CallOptions, Delivery, EventType, IterateParams, ListParams, Page, ProviderId, Webhook,
  WebhookInput, WebhookPatch,
} from './model';

/** What a provider can do, so callers (and the conformance suite) can branch without try/catch. */
export interface Capabilities {
  /** `sendTestEvent` works. */
  sendTestEvent: boolean;
  /** `listDeliveries` works. */
  listDeliveries: boolean;
  /** `native`: a rotate endpoint; `emulated`: done by updating the secret. */
  rotateSecret: 'native' | 'emulated';
  /** `create` accepts a caller-chosen `secret`. */
  callerSecret: boolean;
  /** Webhooks carry a `name`. */
  names: boolean;
  /** `eventFilters` and `delivery` settings are kept. */
  eventFilters: boolean;
  deliverySettings: boolean;
  /** `list` honours `search`. */
  search: boolean;
  /** Largest `pageSize` the provider accepts. */
  maxPageSize: number;
  /** A POST can be retried safely because the provider deduplicates by idempotency key. */
  idempotencyKeys: boolean;
}

/** One interface over every provider's webhook-subscription API. */
export interface WebhookProvider {
  readonly id: ProviderId;
  readonly capabilities: Capabilities;
  /** One page of webhooks. */
  list(params?: ListParams, options?: CallOptions): Promise<Page<Webhook>>;
  /** Every webhook, page after page, in order; pages are fetched concurrently when the total is known. */
  iterate(params?: IterateParams, options?: CallOptions): AsyncIterable<Webhook>;
  get(id: string, options?: CallOptions): Promise<Webhook>;
  /** Creates a webhook; the result carries its signing `secret`, the only time it is shown. */
  create(input: WebhookInput, options?: CallOptions): Promise<Webhook>;
  /** Changes only the fields named in `patch`. */
  update(id: string, patch: WebhookPatch, options?: CallOptions): Promise<Webhook>;
  /** Deletes; a webhook that is already gone is a `NotFoundError`. */
  delete(id: string, options?: CallOptions): Promise<void>;
  /** Replaces the signing secret and returns the new one. Old signatures stop verifying at once. */
  rotateSecret(id: string, options?: CallOptions & { secret?: string }): Promise<{ secret: string }>;
  sendTestEvent(id: string, event: string, options?: CallOptions): Promise<{ delivered: boolean; message?: string }>;
  listEventTypes(options?: CallOptions): Promise<EventType[]>;
  listDeliveries(id: string, params?: ListParams, options?: CallOptions): Promise<Page<Delivery>>;
}
