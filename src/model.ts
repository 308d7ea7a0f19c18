/**
 * The normalized model every provider maps into. Types only: nothing here runs.
 * @module
 */
import type { LogLevel, Logger } from './transport/log';
import type { RetryOptions } from './transport/client-options';

/**
 * Which provider an object came from. The core knows no provider, so here it is any name; the
 * package's entries narrow it to the catalogue's ids (plus any other name a third-party adapter
 * or test double gives itself).
 */
export type ProviderId = string;

/** Delivery settings a provider keeps per webhook (sent.dm only today). */
export interface DeliverySettings {
  /** How many times the provider retries a failed delivery. */
  retryCount?: number;
  /** How long the provider waits for the receiver, in seconds. */
  timeoutSeconds?: number;
}

/** Delivery health a provider reports per webhook (sent.dm only today). */
export interface DeliveryState extends DeliverySettings {
  consecutiveFailures?: number;
  lastAttemptAt?: Date;
  lastSuccessAt?: Date;
}

/** A webhook subscription, the same shape whichever provider holds it. */
export interface Webhook {
  provider: ProviderId;
  /** Opaque provider id; never parse it. */
  id: string;
  /** Where deliveries are POSTed. */
  url: string;
  /** The event names this webhook is subscribed to. */
  events: string[];
  /** Whether the provider currently delivers to it. */
  active: boolean;
  /** A human label (sent.dm `display_name`). */
  name?: string;
  /** The signing secret: only on the object `create` returns. */
  secret?: string;
  createdAt: Date;
  updatedAt?: Date;
  delivery?: DeliveryState;
  /** sent.dm `event_filters`: parent event -> sub types. */
  eventFilters?: Record<string, string[]>;
  /**
   * The provider's own object as received, with any secret removed. Readable, but not
   * enumerable: `JSON.stringify(webhook)` and spreads give the normalized fields only.
   */
  raw: unknown;
}

/** What `create` resolves to: the webhook and its signing secret, which is shown this once. */
export type CreatedWebhook = Webhook & { secret: string };

/**
 * What `create` takes. `E` is the provider's event names (DialNexa's catalogue autocompletes;
 * any string still type-checks).
 */
export interface WebhookInput<E extends string = string> {
  url: string;
  events: E[];
  active?: boolean;
  name?: string;
  secret?: string;
  eventFilters?: Record<string, string[]>;
  delivery?: DeliverySettings;
}

/** What `update` takes: omitted fields keep their values; `events` replaces the whole list. */
export type WebhookPatch<E extends string = string> = Partial<WebhookInput<E>>;

/** Paging and filters for `list`. */
export interface ListParams {
  /** 1-based page number. */
  page?: number;
  pageSize?: number;
  active?: boolean;
  search?: string;
}

/** Options for `iterate`: list filters plus a cap and the number of pages fetched at once. */
export interface IterateParams extends Omit<ListParams, 'page'> {
  /** Stop after this many items. */
  maxItems?: number;
  /** Pages fetched at once when the total is known (default 4). */
  concurrency?: number;
}

/** One page of a list. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  /** Total across all pages, when the provider says. */
  total?: number;
  hasMore: boolean;
}

/** One delivery attempt record (sent.dm `/webhooks/{id}/events`). */
export interface Delivery {
  id: string;
  eventType: string;
  /** Provider status such as `delivered` or `failed`. */
  status: string;
  httpStatus?: number;
  attempts?: number;
  error?: string;
  data?: unknown;
  responseBody?: string;
  createdAt: Date;
  startedAt?: Date;
  completedAt?: Date;
  raw: unknown;
}

/** An event name a webhook can subscribe to. */
export interface EventType {
  /** The value to put in `events`. */
  name: string;
  displayName?: string;
  description?: string;
  /** The parent group, for providers that nest event types. */
  group?: string;
}

/** Options every call takes. */
export interface CallOptions {
  /** Cancels the call, including waits between retries. */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms; overrides the client's. */
  timeout?: number;
  /** Your own idempotency key (providers that support one); otherwise one is generated. */
  idempotencyKey?: string;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /** Time for the whole call in ms, every attempt and every wait between them; overrides the client's. */
  deadline?: number;
  /** This call's retry settings, over the client's (`false`: one attempt). */
  retry?: false | RetryOptions;
  /** This call's log level; overrides the client's. */
  logLevel?: LogLevel;
  /** Where this call's log lines go; overrides the client's. */
  logger?: Logger;
}

/** A verified, normalized inbound delivery. */
export interface InboundEvent {
  provider: ProviderId;
  /** The event name, e.g. `call_ended` or `message.delivered`. */
  type: string;
  occurredAt?: Date;
  /** The event's payload. */
  data: unknown;
  /** The whole parsed body. */
  raw: unknown;
}
