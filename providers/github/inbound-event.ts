import type { InboundEvent } from '../../src/model';
import { firstHeader } from '../../src/verify/headers';
import type { DeliveryContext } from '../../src/verify/scheme-facts';
import { textField } from '../../src/verify/text-field';

/** The header naming a GitHub delivery's event (`issues`, `push`, `ping`). */
export const GITHUB_EVENT_HEADER = 'x-github-event';
/** The header carrying a GitHub delivery's GUID, the same on every redelivery of it. */
export const GITHUB_DELIVERY_HEADER = 'x-github-delivery';
/** The header carrying the id of the hook that sent the delivery. */
export const GITHUB_HOOK_ID_HEADER = 'x-github-hook-id';

/** What a verified GitHub delivery says about itself in its headers. */
export interface GitHubDeliveryHeaders {
  /** `X-GitHub-Event`, as sent (`issues`); `undefined` when the header is missing. */
  event?: string;
  /** `X-GitHub-Delivery`: the delivery's GUID, kept across redeliveries, so it identifies the event. */
  deliveryId?: string;
  /** `X-GitHub-Hook-ID`: the hook that sent it. */
  hookId?: string;
}

/** A verified GitHub delivery: the common event plus what GitHub's headers say. */
export interface GitHubVerifiedEvent extends InboundEvent {
  provider: 'github';
  /** The delivery's headers, read once: `deliveryId` is the key to deduplicate redeliveries by. */
  github: GitHubDeliveryHeaders;
}

/**
 * The `type` of a GitHub delivery: the `X-GitHub-Event` header, plus `.` and the body's `action`
 * when it has a string one (`issues` + `opened` -> `issues.opened`); `push` and `ping` have none.
 * Without the header the event is `'unknown'` (an authentic delivery is not refused for it).
 */
export function gitHubEventType(event: string | undefined, body: Record<string, unknown>): string {
  const name = event ?? 'unknown';
  const action = textField(body.action);
  return action ? `${name}.${action}` : name;
}

/**
 * Normalizes a verified GitHub delivery. GitHub sends the payload itself as the body (no
 * envelope), so `data` and `raw` are both the body; it puts no delivery time in the body, so
 * there is no `occurredAt`. The `X-GitHub-Delivery` GUID is on `event.github.deliveryId`.
 *
 * @example
 * toGitHubInboundEvent({ action: 'opened', issue: { number: 1 } }, { headers: { 'x-github-event': 'issues', 'x-github-delivery': 'f0...' } })
 * // { provider: 'github', type: 'issues.opened', data: {...}, raw: {...}, github: { event: 'issues', deliveryId: 'f0...' } }
 */
export function toGitHubInboundEvent(body: Record<string, unknown>, delivery: Pick<DeliveryContext, 'headers'>): GitHubVerifiedEvent {
  const event = firstHeader(delivery.headers, GITHUB_EVENT_HEADER);
  const deliveryId = firstHeader(delivery.headers, GITHUB_DELIVERY_HEADER);
  const hookId = firstHeader(delivery.headers, GITHUB_HOOK_ID_HEADER);
  return {
    provider: 'github',
    type: gitHubEventType(event, body),
    data: body,
    raw: body,
    github: {
      ...(event !== undefined ? { event } : {}),
      ...(deliveryId !== undefined ? { deliveryId } : {}),
      ...(hookId !== undefined ? { hookId } : {}),
    },
  };
}
