// Minimal payload types of the deliveries apps handle most, written from GitHub's documented
// webhook payloads: only the fields apps commonly read; every object carries more at runtime.
import type { GitHubVerifiedEvent } from './inbound-event';

/** The account that triggered an event, or owns a repository. */
export interface GitHubUser { login: string; id: number; node_id: string; type: string; html_url: string; avatar_url: string }

/** The repository an event happened in (absent on an organization hook's ping). */
export interface GitHubRepository {
  id: number; node_id: string; name: string; full_name: string; private: boolean;
  owner: GitHubUser; html_url: string; default_branch: string;
}

/** The organization of an event, on organization hooks and organization-owned repositories. */
export interface GitHubOrganization { login: string; id: number; node_id: string }

/** What (almost) every payload carries besides its own fields. */
export interface GitHubPayloadBase {
  sender: GitHubUser;
  repository?: GitHubRepository;
  organization?: GitHubOrganization;
  installation?: { id: number; node_id: string };
}

/** `ping`: sent when a hook is created, and by `sendTestEvent(id, 'ping')`. */
export interface GitHubPingPayload extends Partial<GitHubPayloadBase> {
  /** A random sentence from GitHub. */
  zen: string;
  hook_id: number;
  hook: { id: number; type: string; name: string; active: boolean; events: string[]; config: { url?: string; content_type?: string } ; created_at: string; updated_at: string };
}

/** A git identity in a push (author or committer). */
export interface GitHubCommitter { name: string; email: string | null; username?: string; date?: string }

/** One commit of a push. */
export interface GitHubPushCommit {
  id: string; tree_id: string; distinct: boolean; message: string; timestamp: string; url: string;
  author: GitHubCommitter; committer: GitHubCommitter; added?: string[]; removed?: string[]; modified?: string[];
}

/** `push`: commits pushed to a branch or tag. */
export interface GitHubPushPayload extends GitHubPayloadBase {
  repository: GitHubRepository;
  /** The full ref pushed to, `refs/heads/main`. */
  ref: string;
  before: string; after: string; created: boolean; deleted: boolean; forced: boolean;
  base_ref: string | null; compare: string;
  commits: GitHubPushCommit[];
  head_commit: GitHubPushCommit | null;
  pusher: GitHubCommitter;
}

/** A label on an issue or pull request. */
export interface GitHubLabel { id: number; name: string; color: string }

/** An issue, as `issues` events carry it. */
export interface GitHubIssue {
  id: number; node_id: string; number: number; title: string; body: string | null;
  state?: 'open' | 'closed'; user: GitHubUser | null; labels?: GitHubLabel[]; assignees: Array<GitHubUser | null>;
  html_url: string; url: string; created_at: string; updated_at: string; closed_at: string | null;
}

/** The actions of `issues` events GitHub documents. */
export type GitHubIssuesAction =
  | 'assigned' | 'closed' | 'deleted' | 'demilestoned' | 'edited' | 'field_added' | 'field_removed' | 'labeled'
  | 'locked' | 'milestoned' | 'opened' | 'pinned' | 'reopened' | 'transferred' | 'typed' | 'unassigned'
  | 'unlabeled' | 'unlocked' | 'unpinned' | 'untyped';

/** `issues.<action>`: an issue opened, closed, labeled, ... */
export interface GitHubIssuesPayload<A extends GitHubIssuesAction = GitHubIssuesAction> extends GitHubPayloadBase {
  action: A; issue: GitHubIssue; repository: GitHubRepository;
}

/** A branch end of a pull request. */
export interface GitHubPullRequestRef { label: string; ref: string; sha: string; user: GitHubUser | null; repo: GitHubRepository | null }

/** A pull request, as `pull_request` events carry it. */
export interface GitHubPullRequest {
  id: number; node_id: string; number: number; title: string; body: string | null; state: 'open' | 'closed';
  draft?: boolean; merged: boolean | null; merged_at: string | null; merge_commit_sha: string | null;
  user: GitHubUser; head: GitHubPullRequestRef; base: GitHubPullRequestRef; labels: GitHubLabel[];
  html_url: string; url: string; created_at: string; updated_at: string; closed_at: string | null;
}

/** The actions of `pull_request` events GitHub documents. */
export type GitHubPullRequestAction =
  | 'assigned' | 'auto_merge_disabled' | 'auto_merge_enabled' | 'closed' | 'converted_to_draft' | 'demilestoned'
  | 'dequeued' | 'edited' | 'enqueued' | 'labeled' | 'locked' | 'milestoned' | 'opened' | 'ready_for_review'
  | 'reopened' | 'review_request_removed' | 'review_requested' | 'stacked' | 'synchronize' | 'unassigned'
  | 'unlabeled' | 'unlocked';

/** `pull_request.<action>`: a pull request opened, synchronized, closed, ... */
export interface GitHubPullRequestPayload<A extends GitHubPullRequestAction = GitHubPullRequestAction> extends GitHubPayloadBase {
  action: A; number: number; pull_request: GitHubPullRequest; repository: GitHubRepository;
}

/** One typed delivery: its `type`, its payload as `data` (and `raw`), and its `dedupeKey` (from `X-GitHub-Delivery`). */
export type GitHubEventOf<T extends string, P> = Omit<GitHubVerifiedEvent, 'type' | 'data' | 'raw'> & { type: T; data: P; raw: P; dedupeKey: string };

type IssuesEvents = { [A in GitHubIssuesAction]: GitHubEventOf<`issues.${A}`, GitHubIssuesPayload<A>> }[GitHubIssuesAction];
type PullRequestEvents = { [A in GitHubPullRequestAction]: GitHubEventOf<`pull_request.${A}`, GitHubPullRequestPayload<A>> }[GitHubPullRequestAction];

/**
 * The deliveries hookbridge types: `ping`, `push`, `issues.<action>`, `pull_request.<action>`.
 * Narrowing `event.type` of one of these gives a typed `event.data`; `isGitHubEvent` gets an
 * event here from a `GitHubInboundEvent`.
 */
export type GitHubKnownEvent =
  | GitHubEventOf<'ping', GitHubPingPayload>
  | GitHubEventOf<'push', GitHubPushPayload>
  | IssuesEvents
  | PullRequestEvents;

/** Any other delivery (`workflow_run`, `release.published`, ...): its payload is `unknown`. */
export type GitHubOtherEvent = GitHubEventOf<string & {}, unknown>;

/**
 * What `verifyGitHubWebhook` returns: a typed known event, or any other. Because any string may
 * arrive, TypeScript cannot narrow `data` from `type` across `GitHubOtherEvent` too: use
 * `isGitHubEvent(event, 'issues.opened')` (or `'issues'` for every action), or narrow a
 * `GitHubKnownEvent`.
 */
export type GitHubInboundEvent = GitHubKnownEvent | GitHubOtherEvent;

/** Every `type` hookbridge types a payload for. */
export type GitHubKnownEventType = GitHubKnownEvent['type'];
