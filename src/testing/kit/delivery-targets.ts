/**
 * Which stored webhooks one delivered event goes to: the rule every simulator's `deliver` follows,
 * with the provider saying what "active" and "subscribed" mean for its records.
 * @module
 */

/** The option every simulator's `deliver` takes to narrow its targets. */
export interface DeliveryTargeting {
  /** Deliver only to these webhooks (still only active ones subscribed to the event). */
  webhookIds?: string[];
}

/** How a provider reads its own webhook records. */
export interface TargetRule<W> {
  /** The webhook is switched on. */
  isActive: (webhook: W) => boolean;
  /** The webhook's subscription covers the event being delivered. */
  subscribes: (webhook: W) => boolean;
}

/**
 * The webhooks an event is delivered to: active, subscribed, and among `targeting.webhookIds`
 * when given; in the order given (creation order), so tests can index the attempts.
 */
export function deliveryTargets<W extends { id: string }>(
  webhooks: readonly W[], rule: TargetRule<W>, targeting: DeliveryTargeting = {},
): W[] {
  const only = targeting.webhookIds;
  return webhooks.filter((webhook) =>
    rule.isActive(webhook) && rule.subscribes(webhook) && (only === undefined || only.includes(webhook.id)));
}
