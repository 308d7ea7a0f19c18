import type {
  CallOptions, CreatedWebhook, Delivery, EventType, IterateParams, ListParams, Page, ProviderId, Webhook,
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

/**
 * One interface over every provider's webhook-subscription API. `O` lets a provider take more
 * per-call options than `CallOptions` (sent.dm's `profileId`), `Id` is its literal name, and `E`
 * its event names (a catalogue that autocompletes, `(string & {})` keeping any other name legal).
 * Every such provider stays assignable to the plain `WebhookProvider`, since every extra option
 * is optional and every event name is a string.
 */
export interface WebhookProvider<O extends CallOptions = CallOptions, Id extends ProviderId = ProviderId, E extends string = string> {
  readonly id: Id;
  readonly capabilities: Capabilities;
  /** One page of webhooks. */
  list(params?: ListParams, options?: O): Promise<Page<Webhook>>;
  /**
   * Every webhook, page after page, in order; pages are fetched concurrently when the total is
   * known. Deleting, through this same client, the webhooks it yields does not make it skip any.
   */
  iterate(params?: IterateParams, options?: O): AsyncIterable<Webhook>;
  get(id: string, options?: O): Promise<Webhook>;
  /** Creates a webhook; the result carries its signing `secret`, the only time it is shown. */
  create(input: WebhookInput<E>, options?: O): Promise<CreatedWebhook>;
  /** Changes only the fields named in `patch`. */
  update(id: string, patch: WebhookPatch<E>, options?: O): Promise<Webhook>;
  /** Deletes; a webhook that is already gone is a `NotFoundError` (except on a retry, where it means done). */
  delete(id: string, options?: O): Promise<void>;
  /** Replaces the signing secret and returns the new one. Old signatures stop verifying at once. */
  rotateSecret(id: string, options?: O & { secret?: string }): Promise<{ secret: string }>;
  sendTestEvent(id: string, event: string, options?: O): Promise<{ delivered: boolean; message?: string }>;
  listEventTypes(options?: O): Promise<EventType[]>;
  listDeliveries(id: string, params?: ListParams, options?: O): Promise<Page<Delivery>>;
}
