import type { GitHubInboundEvent, GitHubIssuesAction, GitHubKnownEvent, GitHubKnownEventType, GitHubPullRequestAction } from './event-payloads';

const ISSUES_ACTIONS = [
  'assigned', 'closed', 'deleted', 'demilestoned', 'edited', 'field_added', 'field_removed', 'labeled', 'locked',
  'milestoned', 'opened', 'pinned', 'reopened', 'transferred', 'typed', 'unassigned', 'unlabeled', 'unlocked',
  'unpinned', 'untyped',
] as const satisfies readonly GitHubIssuesAction[];

const PULL_REQUEST_ACTIONS = [
  'assigned', 'auto_merge_disabled', 'auto_merge_enabled', 'closed', 'converted_to_draft', 'demilestoned',
  'dequeued', 'edited', 'enqueued', 'labeled', 'locked', 'milestoned', 'opened', 'ready_for_review', 'reopened',
  'review_request_removed', 'review_requested', 'stacked', 'synchronize', 'unassigned', 'unlabeled', 'unlocked',
] as const satisfies readonly GitHubPullRequestAction[];

/** Every event `type` hookbridge has a payload type for. */
export const GITHUB_KNOWN_EVENT_TYPES: ReadonlySet<string> = /* @__PURE__ */ new Set<GitHubKnownEventType>([
  'ping', 'push',
  ...ISSUES_ACTIONS.map((action) => `issues.${action}` as const),
  ...PULL_REQUEST_ACTIONS.map((action) => `pull_request.${action}` as const),
]);

/** A known type, or a group of them (`issues`, `pull_request`: every action). */
export type GitHubEventSelector = GitHubKnownEventType | 'issues' | 'pull_request';

/** The known events a selector picks out. */
export type GitHubEventSelected<S extends GitHubEventSelector> = Extract<GitHubKnownEvent, { type: S | `${S}.${string}` }>;

/**
 * Whether `event` is of the known type `selector` (or any known action of the group `issues` /
 * `pull_request`), narrowing it to that typed event. An undocumented action (`issues.foo`) is
 * not picked out by its group, since its payload type is not known.
 *
 * @example
 * const event = await verifyGitHubWebhook({ body, headers, secret });
 * if (isGitHubEvent(event, 'issues.opened')) console.log(event.data.issue.title);
 * if (isGitHubEvent(event, 'pull_request')) console.log(event.data.action, event.data.number);
 */
export function isGitHubEvent<S extends GitHubEventSelector>(event: GitHubInboundEvent, selector: S): event is GitHubEventSelected<S> {
  if (!GITHUB_KNOWN_EVENT_TYPES.has(event.type)) return false;
  return event.type === selector || event.type.startsWith(`${selector}.`);
}
