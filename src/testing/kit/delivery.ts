/**
 * Sending one signed delivery from a simulator to a receiver, and the record kept of it.
 * @module
 */

/** Where deliveries may go. */
export interface DeliveryRouting {
  /**
   * Redirects deliveries: a base URL (the webhook URL's path and query are kept, e.g.
   * `https://app.example/hooks?x=1` -> `http://127.0.0.1:4000/hooks?x=1`) or a function of the
   * webhook URL. Lets a test register the https URL a real provider demands and still receive
   * locally.
   */
  deliverTo?: string | ((webhookUrl: string) => string);
  /**
   * Deliver to hosts other than loopback (default false: a test suite must never POST to a real
   * `https://example.com` by accident; such attempts are recorded as failed, not sent).
   */
  allowExternal?: boolean;
}

/** One delivery attempt, as a simulator records it. */
export interface DeliveryAttempt {
  /** Unique per attempt. */
  id: string;
  webhookId: string;
  /** The event name `deliver()` (or the provider's test endpoint) was given. */
  event: string;
  /** The event type written into the delivered body (DialNexa `event_type`, sent.dm `sub_type ?? field`). */
  type: string;
  /** The `id` of the attempt this one retries (`deliver(..., { retryOf })`); absent on a first delivery. */
  retryOf?: string;
  /** The webhook's registered URL. */
  url: string;
  /** Where the request actually went (after `deliverTo`). */
  target: string;
  /** The exact raw body sent (what the receiver must verify). */
  body: string;
  /** Every header sent, signature headers included. */
  headers: Record<string, string>;
  /** The receiver's HTTP status; absent when no response came. */
  status?: number;
  /** A 2xx arrived in time. */
  ok: boolean;
  /** Why it failed without a status (refused, timeout, not a loopback host). */
  error?: string;
  /** The receiver's response text (first 2 KB). */
  responseBody?: string;
  startedAt: Date;
  completedAt: Date;
  durationMs: number;
}

/** What to send: the request half of an attempt, plus how long to wait and where to route it. */
export type DeliveryRequest = Pick<DeliveryAttempt, 'id' | 'webhookId' | 'event' | 'type' | 'retryOf' | 'url' | 'body' | 'headers'> & {
  timeoutMs: number;
  routing: DeliveryRouting;
};

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i;

/** The URL a delivery for `webhookUrl` goes to under `routing`. */
export function deliveryTarget(webhookUrl: string, routing: DeliveryRouting): string {
  const { deliverTo } = routing;
  if (typeof deliverTo === 'function') return deliverTo(webhookUrl);
  if (typeof deliverTo === 'string') {
    const original = new URL(webhookUrl);
    return new URL(original.pathname + original.search, deliverTo).toString();
  }
  return webhookUrl;
}

function refusal(target: string, routing: DeliveryRouting): string | undefined {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return `not delivered: ${target} is not a valid URL`;
  }
  if (routing.allowExternal || LOOPBACK.test(url.hostname)) return undefined;
  return `not delivered: ${url.host} is not a loopback host (set the simulator's deliverTo or allowExternalDeliveries)`;
}

/** POSTs one delivery and records what happened; never throws. */
export async function sendDelivery(request: DeliveryRequest): Promise<DeliveryAttempt> {
  const startedAt = new Date();
  const started = performance.now();
  const target = deliveryTarget(request.url, request.routing);
  const record = (outcome: Pick<DeliveryAttempt, 'ok' | 'status' | 'error' | 'responseBody'>): DeliveryAttempt => ({
    id: request.id, webhookId: request.webhookId, event: request.event, type: request.type,
    ...(request.retryOf === undefined ? {} : { retryOf: request.retryOf }), url: request.url, target,
    body: request.body, headers: request.headers, ...outcome,
    startedAt, completedAt: new Date(), durationMs: performance.now() - started,
  });
  const refused = refusal(target, request.routing);
  if (refused) return record({ ok: false, error: refused });
  try {
    const response = await fetch(target, {
      method: 'POST', headers: request.headers, body: request.body, signal: AbortSignal.timeout(request.timeoutMs),
    });
    const text = (await response.text()).slice(0, 2048);
    return record({ ok: response.ok, status: response.status, responseBody: text });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    const reason = timedOut ? `timed out after ${request.timeoutMs} ms` : error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return record({ ok: false, error: reason });
  }
}
