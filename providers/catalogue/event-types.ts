/**
 * Each provider's typed delivery events (types only), for the root entry: one line per provider,
 * beside the catalogue's tables.
 * @module
 */
export type * from '../dialnexa/event-types';
export type * from '../sentdm/event-types';
export type { GitHubInboundEvent, GitHubKnownEvent, GitHubOtherEvent } from '../github/event-payloads';
