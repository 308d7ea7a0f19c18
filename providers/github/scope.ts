import { ConfigurationError } from '../../src/errors';

/** Where a client's hooks live: one repository or one organization. */
export interface GitHubScope {
  kind: 'repo' | 'org';
  /** `owner/name` or the organization's login, for messages. */
  name: string;
  /** The path the hook endpoints hang off: `/repos/{owner}/{repo}` or `/orgs/{org}`. */
  prefix: string;
}

// GitHub's own rules: logins are letters, digits and single hyphens (up to 39); repository names
// letters, digits, `.`, `_` and `-` (up to 100). Anything else can only be a typo or a URL.
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO_NAME = /^[A-Za-z0-9._-]{1,100}$/;

const fail = (message: string) => new ConfigurationError(`github: ${message}`, { provider: 'github' });

/**
 * The scope `options` name: exactly one of `repo` (`owner/name`) and `org`. Each mistake is a
 * `ConfigurationError` naming the option and its environment variable.
 */
export function scopeFrom(options: { repo?: unknown; org?: unknown }): GitHubScope {
  const { repo, org } = options;
  if (repo !== undefined && org !== undefined) {
    throw fail('pass either repo or org, not both (GITHUB_REPOSITORY or HOOKBRIDGE_GITHUB_ORG for webhookClientFromEnv()).');
  }
  if (repo !== undefined) {
    const [owner, name, ...rest] = typeof repo === 'string' ? repo.trim().split('/') : [];
    if (owner === undefined || name === undefined || rest.length > 0 || !LOGIN.test(owner) || !REPO_NAME.test(name) || name === '.' || name === '..') {
      throw fail('repo must be "owner/name" (like GITHUB_REPOSITORY), e.g. "octocat/hello-world".');
    }
    return { kind: 'repo', name: `${owner}/${name}`, prefix: `/repos/${owner}/${name}` };
  }
  if (org !== undefined) {
    const login = typeof org === 'string' ? org.trim() : '';
    if (!LOGIN.test(login)) throw fail('org must be an organization login such as "octo-org" (HOOKBRIDGE_GITHUB_ORG).');
    return { kind: 'org', name: login, prefix: `/orgs/${login}` };
  }
  throw fail('pass repo ("owner/name", or set GITHUB_REPOSITORY) or org (or set HOOKBRIDGE_GITHUB_ORG) to say whose hooks to manage.');
}
