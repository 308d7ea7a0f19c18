/**
 * A simulator's outbound deliveries: each one sent under the simulator's routing and kept, oldest
 * first, for `sim.deliveries`.
 * @module
 */
import { sendDelivery, type DeliveryAttempt, type DeliveryRequest, type DeliveryRouting } from './delivery';

/** Sends deliveries and remembers every attempt. */
export class DeliveryLog {
  readonly #attempts: DeliveryAttempt[] = [];
  readonly #routing: DeliveryRouting;

  /** `routing` applies to every delivery this log sends (see `routingOf`). */
  constructor(routing: DeliveryRouting) {
    this.#routing = routing;
  }

  /** POSTs one delivery, records the attempt and resolves with it; never throws. */
  async send(request: Omit<DeliveryRequest, 'routing'>): Promise<DeliveryAttempt> {
    const attempt = await sendDelivery({ ...request, routing: this.#routing });
    this.#attempts.push(attempt);
    return attempt;
  }

  /** Every attempt so far, oldest first (a copy of the list). */
  all(): DeliveryAttempt[] {
    return [...this.#attempts];
  }

  /** Forgets every attempt. */
  clear(): void {
    this.#attempts.length = 0;
  }
}
