/**
 * Resending an earlier delivery as the provider's retry of it, so an app can test that it
 * processes an event once however often it arrives.
 * @module
 */
import type { DeliveryAttempt } from './delivery';

/** The option every simulator's `deliver` takes to resend an earlier delivery. */
export interface DeliveryRetry {
  /**
   * Resend this earlier attempt as the provider's retry of it: to the same webhook (if it still
   * exists and is active; else nothing is sent and `deliver` resolves with `[]`), with the same
   * body byte for byte, signed again now with the webhook's current secret (and a new timestamp
   * where the scheme signs one). `event` must name the attempt's event; `payload` is not used.
   *
   * @example
   * const [first] = await sim.deliver('message.delivered', payload);
   * const [retry] = await sim.deliver('message.delivered', payload, { retryOf: first });
   */
  retryOf?: DeliveryAttempt;
}

/** Refuses a `retryOf` that is no attempt of this event: a test's typo, not a delivery. */
export function checkRetryOf(event: string, previous: DeliveryAttempt): void {
  if (typeof previous?.body !== 'string' || typeof previous.webhookId !== 'string') {
    throw new TypeError('deliver(): retryOf must be a DeliveryAttempt that deliver() (or sim.deliveries) returned');
  }
  if (previous.event !== event) {
    throw new TypeError(`deliver(): retryOf is an attempt of "${previous.event}", not of "${event}"`);
  }
}

/** Which attempt at its event a retry of `previous` is (2 for the first retry), counted through `attempts`. */
export function retryNumber(attempts: readonly DeliveryAttempt[], previous: DeliveryAttempt): number {
  const byId = new Map(attempts.map((attempt) => [attempt.id, attempt]));
  let count = 2;
  for (let at = previous.retryOf; at !== undefined && count < attempts.length + 2; at = byId.get(at)?.retryOf) count++;
  return count;
}
