/**
 * What the GitHub simulator puts in the deliveries it makes up itself: the repository and
 * organization it serves, as payloads show them, the `ping` body and the `push` body of a hook
 * test.
 * @module
 */
import { randomToken } from '../../../src/testing/kit';

/** The repository and organization a simulator serves, with the ids its payloads carry. */
export interface GitHubIdentity {
  owner: string;
  repoName: string;
  org: string;
  repositoryId: number;
  organizationId: number;
}

/** The identity for `repo` (`owner/name`) and `org`; throws a TypeError on a malformed `repo`. */
export function identityOf(repo: string, org: string): GitHubIdentity {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repo);
  if (!match) throw new TypeError(`startGitHubSimulator: repo must be "owner/name", got "${repo}"`);
  if (!/^[A-Za-z0-9_.-]+$/.test(org)) throw new TypeError(`startGitHubSimulator: org must be an organization login, got "${org}"`);
  return { owner: match[1]!, repoName: match[2]!, org, repositoryId: 104_729, organizationId: 7_919 };
}

const HEX = '0123456789abcdef';
const nodeId = (prefix: string) => `${prefix}_${randomToken(16)}`;

function account(login: string, id: number, type: 'User' | 'Organization') {
  return {
    login, id, node_id: nodeId(type === 'User' ? 'U' : 'O'), type,
    html_url: `https://github.com/${login}`, avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
  };
}

/** The account every simulated delivery is sent on behalf of. */
export const sender = () => account('hookbridge-simulator', 1, 'User');

/** `repository` as payloads carry it. */
export function repositoryOf(identity: GitHubIdentity) {
  const fullName = `${identity.owner}/${identity.repoName}`;
  const ownerIsOrg = identity.owner.toLowerCase() === identity.org.toLowerCase();
  return {
    id: identity.repositoryId, node_id: nodeId('R'), name: identity.repoName, full_name: fullName, private: false,
    owner: account(identity.owner, ownerIsOrg ? identity.organizationId : 2, ownerIsOrg ? 'Organization' : 'User'),
    html_url: `https://github.com/${fullName}`, default_branch: 'main',
  };
}

/** `organization` as payloads carry it. */
export function organizationOf(identity: GitHubIdentity) {
  return { login: identity.org, id: identity.organizationId, node_id: nodeId('O') };
}

// A few of the sentences GitHub's pings carry in `zen`.
const ZEN = [
  'Design for failure.', 'Keep it logically awesome.', 'Practicality beats purity.', 'Speak like a human.',
  'Favor focus over features.', 'Responsive is better than fast.', 'Approachable is better than simple.',
];

/**
 * The `ping` body: a zen sentence, the hook as the API shows it, and the repository (repository
 * hooks) or organization (organization hooks) it belongs to.
 */
export function pingPayload(hook: { id: number; type: string }, identity: GitHubIdentity): Record<string, unknown> {
  const where = hook.type === 'Repository' ? { repository: repositoryOf(identity) } : { organization: organizationOf(identity) };
  return { zen: ZEN[Math.floor(Math.random() * ZEN.length)], hook_id: hook.id, hook, ...where, sender: sender() };
}

const sha = () => randomToken(40, HEX);

/** The `push` body a hook test sends: the repository's latest push, one commit to `main`. */
export function testPushPayload(identity: GitHubIdentity): Record<string, unknown> {
  const repository = repositoryOf(identity);
  const [before, after] = [sha(), sha()];
  const commit = {
    id: after, tree_id: sha(), distinct: true, message: 'Update README.md', timestamp: new Date().toISOString(),
    url: `${repository.html_url}/commit/${after}`,
    author: { name: 'Hookbridge Simulator', email: 'simulator@hookbridge.invalid', username: 'hookbridge-simulator' },
    committer: { name: 'Hookbridge Simulator', email: 'simulator@hookbridge.invalid', username: 'hookbridge-simulator' },
    added: [], removed: [], modified: ['README.md'],
  };
  return {
    ref: 'refs/heads/main', before, after, created: false, deleted: false, forced: false, base_ref: null,
    compare: `${repository.html_url}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
    commits: [commit], head_commit: commit, repository,
    pusher: { name: 'hookbridge-simulator', email: 'simulator@hookbridge.invalid' }, sender: sender(),
  };
}
