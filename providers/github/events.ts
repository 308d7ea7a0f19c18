import type { EventType } from '../../src/model';

/** Which hooks can subscribe to an event: both kinds, or organization hooks only. */
type Availability = 'both' | 'org';

const event = (name: string, description: string, availability: Availability = 'both') => ({ name, description, availability });

/**
 * The events repository and organization hooks can subscribe to, from GitHub's "Webhook events
 * and payloads" reference (events only GitHub Apps, Marketplace or Sponsors receive are left
 * out). The first ones are those apps subscribe to most; the rest are in alphabetical order.
 * `ping` is not here: GitHub sends it to every hook, unasked.
 */
export const GITHUB_EVENTS = [
  event('push', 'Commits or tags are pushed.'),
  event('pull_request', 'A pull request is opened, edited, closed, synchronized, labeled, reviewed-requested, ...'),
  event('issues', 'An issue is opened, edited, closed, labeled, assigned, ...'),
  event('*', 'Every event, including ones GitHub adds later (GitHub\'s wildcard).'),
  event('branch_protection_configuration', 'Branch protections are enabled or disabled for a repository.'),
  event('branch_protection_rule', 'A branch protection rule is created, edited or deleted.'),
  event('check_run', 'A check run is created, completed, rerequested, or an action on it is requested.'),
  event('check_suite', 'A check suite is completed, requested or rerequested.'),
  event('code_scanning_alert', 'A code scanning alert is created, fixed, reopened, dismissed or appears in another branch.'),
  event('commit_comment', 'A commit is commented on.'),
  event('create', 'A branch or tag is created.'),
  event('custom_property', 'A custom property of the organization is created, updated or deleted.', 'org'),
  event('custom_property_values', 'The custom property values of a repository change.', 'org'),
  event('delete', 'A branch or tag is deleted.'),
  event('dependabot_alert', 'A Dependabot alert is created, dismissed, fixed, reopened, reintroduced or auto-dismissed.'),
  event('deploy_key', 'A deploy key is created or deleted.'),
  event('deployment', 'A deployment is created.'),
  event('deployment_status', 'A deployment status is created.'),
  event('discussion', 'A discussion is created, edited, answered, closed, labeled, ...'),
  event('discussion_comment', 'A discussion comment is created, edited or deleted.'),
  event('fork', 'A repository is forked.'),
  event('gollum', 'A wiki page is created or updated.'),
  event('issue_comment', 'A comment on an issue or pull request is created, edited or deleted.'),
  event('issue_dependencies', 'An issue is marked as blocked by, or blocking, another issue, or no longer.'),
  event('label', 'A label is created, edited or deleted.'),
  event('member', 'A collaborator is added, removed, or has their permissions changed.'),
  event('membership', 'A user is added to or removed from a team.', 'org'),
  event('merge_group', 'A merge group is checks-requested or destroyed in a merge queue.'),
  event('meta', 'This hook is deleted.'),
  event('milestone', 'A milestone is created, closed, opened, edited or deleted.'),
  event('org_block', 'A user is blocked or unblocked by the organization.', 'org'),
  event('organization', 'The organization is renamed or deleted, or a member is added, removed or invited.', 'org'),
  event('package', 'A GitHub Packages package is published or updated.'),
  event('page_build', 'A GitHub Pages site is built, successfully or not.'),
  event('project', 'A project (classic) is created, edited, closed, reopened or deleted.'),
  event('project_card', 'A card of a project (classic) is created, edited, moved, converted or deleted.'),
  event('project_column', 'A column of a project (classic) is created, edited, moved or deleted.'),
  event('projects_v2', 'An organization project is created, edited, closed, reopened or deleted.', 'org'),
  event('projects_v2_item', 'An item of an organization project is created, edited, archived, converted, ...', 'org'),
  event('projects_v2_status_update', 'A status update of an organization project is created, edited or deleted.', 'org'),
  event('public', 'A private repository is made public.'),
  event('pull_request_review', 'A pull request review is submitted, edited or dismissed.'),
  event('pull_request_review_comment', 'A comment on a pull request diff is created, edited or deleted.'),
  event('pull_request_review_thread', 'A pull request review thread is resolved or unresolved.'),
  event('registry_package', 'A package in the registry is published or updated.'),
  event('release', 'A release is published, created, edited, released, prereleased, unpublished or deleted.'),
  event('repository', 'A repository is created, renamed, archived, transferred, made public or private, ...', 'org'),
  event('repository_advisory', 'A repository security advisory is published or reported.'),
  event('repository_import', 'A repository import finishes, is cancelled or fails.'),
  event('repository_ruleset', 'A repository ruleset is created, edited or deleted.'),
  event('repository_vulnerability_alert', 'A repository vulnerability alert changes (superseded by dependabot_alert).'),
  event('secret_scanning_alert', 'A secret scanning alert is created, resolved, reopened, assigned, ...'),
  event('secret_scanning_alert_location', 'A known secret is found at another location.'),
  event('secret_scanning_scan', 'A secret scanning scan completes.'),
  event('security_and_analysis', 'Code security features are enabled or disabled for a repository.'),
  event('star', 'A repository is starred or unstarred.'),
  event('status', 'The status of a commit changes.'),
  event('sub_issues', 'A sub-issue or parent issue is added or removed.'),
  event('team', 'A team is created, edited, deleted, or added to or removed from a repository.', 'org'),
  event('team_add', 'A repository is added to a team.'),
  event('watch', 'Someone starts watching (stars) a repository.'),
  event('workflow_job', 'A GitHub Actions job is queued, waiting, in progress or completed.'),
  event('workflow_run', 'A GitHub Actions workflow run is requested, in progress or completed.'),
] as const;

/**
 * What `events` takes: the catalogue's names autocomplete, and any other string still
 * type-checks (GitHub adds events; it refuses one it does not know with a 422).
 */
export type GitHubEventName = (typeof GITHUB_EVENTS)[number]['name'] | (string & {});

/** The catalogue for a repository's hooks or an organization's: organization-only events are left out of a repository's. */
export function gitHubEventTypes(scope: 'repo' | 'org'): EventType[] {
  return GITHUB_EVENTS
    .filter((entry) => scope === 'org' || entry.availability === 'both')
    .map(({ name, description }) => ({ name, description }));
}
