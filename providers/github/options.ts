import type { CallOptions } from '../../src/model';
import type { WebhookProvider } from '../../src/provider';
import type { ClientOptions } from '../../src/transport/client-options';
import type { GitHubEventName } from './events';

/** GitHub's REST API; GitHub Enterprise Server serves the same API at `https://HOST/api/v3`. */
export const GITHUB_BASE_URL = 'https://api.github.com';

/** The REST API version every request asks for. */
export const GITHUB_API_VERSION = '2022-11-28';

/** hookbridge's `User-Agent` on GitHub (GitHub refuses requests without one); a test keeps it equal to package.json's version. */
export const GITHUB_USER_AGENT = 'hookbridge/0.1.0';

/** What `github()` takes besides where the hooks live. */
export interface GitHubClientOptions extends Omit<ClientOptions, 'apiKey'> {
  /**
   * A token that may manage hooks: a classic token with `admin:repo_hook` (`admin:org_hook` for
   * an organization), a fine-grained token or GitHub App token with "Webhooks" write
   * permission, or Actions' `GITHUB_TOKEN` where its permissions allow.
   */
  token: string;
}

/** The hooks of one repository. */
export interface GitHubRepoOptions extends GitHubClientOptions {
  /** `owner/name`, as `GITHUB_REPOSITORY` holds it. */
  repo: string;
  org?: undefined;
}

/** The hooks of one organization. */
export interface GitHubOrgOptions extends GitHubClientOptions {
  /** The organization's login. */
  org: string;
  repo?: undefined;
}

/** Options for `github()`: a token, and exactly one of `repo` and `org`. */
export type GitHubOptions = GitHubRepoOptions | GitHubOrgOptions;

/** The GitHub provider: `id` is `'github'`, and `events` autocomplete GitHub's catalogue. */
export type GitHubProvider = WebhookProvider<CallOptions, 'github', GitHubEventName>;
