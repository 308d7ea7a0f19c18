/**
 * A local GitHub: the repository and organization hook endpoints of the REST API on 127.0.0.1,
 * for tests that want real HTTP (the official `@octokit/rest` client included).
 * @module
 */
import { DeliveryLog, randomToken, routingOf, startSimulatorServer, type Simulator, type SimulatorOptions } from '../../../src/testing/kit';
import type { GitHubContext } from './call';
import { deliverGitHub, type GitHubDeliverOptions, type GitHubDeliveryContext } from './deliver';
import { gitHubErrorForStatus } from './errors';
import { identityOf } from './payloads';
import { GitHubRateLimit, type GitHubRateLimitResponse } from './rate-limit';
import { handleGitHub } from './routes';
import { GitHubStore, type GitHubHookRecord } from './store';

export type { GitHubDeliverOptions } from './deliver';
export type { GitHubRateLimitResponse } from './rate-limit';
export type { GitHubHookConfig, GitHubHookRecord, GitHubHookType, GitHubLastResponse } from './store';

/** Options for `startGitHubSimulator`. */
export interface GitHubSimulatorOptions extends SimulatorOptions {
  /** The token clients must send as `Authorization: Bearer` (or `token`); default `apiKey`, else a random `ghp_` one. */
  token?: string;
  /** The repository it serves, `owner/name` (default `octo-org/hello-world`); others answer 404. */
  repo?: string;
  /** The organization it serves (default `octo-org`); others answer 404. */
  org?: string;
  /**
   * How an exhausted `rateLimit` is answered: `primary` (default), a 403 with
   * `x-ratelimit-remaining: 0`; or `secondary`, a 429 with `retry-after`.
   */
  rateLimitResponse?: GitHubRateLimitResponse;
  /** Send a `ping` to each new hook, as GitHub does (default false: most tests register URLs nobody listens on). */
  pingOnCreate?: boolean;
  /** How long a delivery may take before it counts as failed, in ms (default 10 000, GitHub's own limit). */
  deliveryTimeoutMs?: number;
}

/** A running GitHub simulator: every simulator's members, plus the token and the two scopes it serves. */
export type GitHubSimulator = Simulator<'github', GitHubHookRecord, GitHubDeliverOptions> & {
  /** The token it accepts (the same as `apiKey`). */
  readonly token: string;
  /** The repository it serves, `owner/name`. */
  readonly repo: string;
  /** The organization it serves. */
  readonly org: string;
};

/**
 * Starts a GitHub simulator. Pass `sim.baseUrl` (`http://127.0.0.1:PORT`), `sim.token` and
 * `sim.repo` (or `sim.org`) to the client; `sim.deliver('issues.opened', payload)` sends signed
 * deliveries.
 *
 * @example
 * const sim = await startGitHubSimulator();
 * const hooks = github({ token: sim.token, repo: sim.repo, baseUrl: sim.baseUrl });
 * await hooks.create({ url: 'https://app.example/hooks', events: ['push'] });
 * await sim.close();
 */
export async function startGitHubSimulator(options: GitHubSimulatorOptions = {}): Promise<GitHubSimulator> {
  const token = options.token ?? options.apiKey ?? `ghp_${randomToken(36)}`;
  const repo = options.repo ?? 'octo-org/hello-world';
  const org = options.org ?? 'octo-org';
  const identity = identityOf(repo, org);
  const store = new GitHubStore();
  const log = new DeliveryLog(routingOf(options));
  const delivery: GitHubDeliveryContext = { store, log, identity, timeoutMs: options.deliveryTimeoutMs ?? 10_000 };
  const ctx: GitHubContext = { token, identity, store, delivery, pingOnCreate: options.pingOnCreate ?? false };
  const rateLimit = new GitHubRateLimit(options.rateLimit, options.rateLimitResponse);
  const sim = await startSimulatorServer<'github', GitHubHookRecord, GitHubDeliverOptions>({ ...options, rateLimit: false }, {
    provider: 'github',
    basePath: '',
    apiKey: token,
    env: { GITHUB_TOKEN: token, GITHUB_REPOSITORY: repo },
    handle: (request) => rateLimit.refusal(request) ?? handleGitHub(request, ctx),
    errorResponse: (request, status) => rateLimit.refusal(request) ?? gitHubErrorForStatus(status),
    commonHeaders: (request) => ({
      'x-github-request-id': request.id,
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      ...rateLimit.headers(request),
    }),
    webhooks: () => store.list(),
    deliveryLog: log,
    deliver: (event, payload, deliverOptions) => deliverGitHub(delivery, event, payload, deliverOptions),
    reset: () => {
      store.clear();
      rateLimit.reset();
    },
  });
  // Assigned onto the simulator itself: its `webhooks`, `deliveries` and `requests` are getters.
  return Object.assign(sim, { token, repo, org });
}
