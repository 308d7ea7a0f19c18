/**
 * Which events a hook of each scope may subscribe to (the provider's catalogue, where
 * organization-only events are refused on a repository hook), and which hooks an event reaches.
 * @module
 */
import { GITHUB_EVENTS } from '../events';
import type { GitHubHookType } from './store';

const FOR_REPOSITORY = new Set<string>(GITHUB_EVENTS.filter((entry) => entry.availability === 'both').map((entry) => entry.name));
const FOR_ORGANIZATION = new Set<string>(GITHUB_EVENTS.map((entry) => entry.name));

/** Every event name any hook may subscribe to, `*` included. */
export const GITHUB_HOOK_EVENTS: readonly string[] = [...FOR_ORGANIZATION];

/** Whether a hook of scope `type` may list `name` in its `events`. */
export const isHookEvent = (name: string, type: GitHubHookType): boolean =>
  (type === 'Repository' ? FOR_REPOSITORY : FOR_ORGANIZATION).has(name);

/** Whether a hook subscribed to `events` receives `event` (`ping` reaches every hook). */
export const hookReceives = (events: readonly string[], event: string): boolean =>
  event === 'ping' || events.includes('*') || events.includes(event);
