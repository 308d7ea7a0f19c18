/**
 * `hookbridge/github`: GitHub repository and organization hooks on their own.
 * @module
 */
import type { Env } from '../../src/provider-descriptor';
import { describeProvider } from '../../src/provider-descriptor';
import { githubSampleDelivery } from './sample-delivery';
import { github } from './client';
import type { GitHubOptions } from './options';
import { githubSigning } from './signing-scheme';

/**
 * The options `webhookClientFromEnv` reads: `GITHUB_TOKEN`, and `HOOKBRIDGE_GITHUB_ORG` or else
 * `GITHUB_REPOSITORY`. The organization wins when both are set, because GitHub Actions sets
 * `GITHUB_REPOSITORY` in every job while `HOOKBRIDGE_GITHUB_ORG` is only ever set on purpose.
 */
function gitHubOptionsFromEnv(env: Env): GitHubOptions {
  const token = env.GITHUB_TOKEN ?? '';
  const org = env.HOOKBRIDGE_GITHUB_ORG?.trim();
  if (org) return { token, org };
  // An unset repository is left to github() to report, naming both variables.
  return { token, repo: env.GITHUB_REPOSITORY?.trim() } as GitHubOptions;
}

/** The github descriptor: the catalogue's line for this provider. */
export const githubProvider = /* @__PURE__ */ describeProvider({
  create: github,
  apiKeyVariable: 'GITHUB_TOKEN',
  credentialOption: 'token',
  // GitHub Actions sets GITHUB_TOKEN (and GITHUB_REPOSITORY) in every job: a DialNexa or sent.dm
  // user's CI must not find two providers' keys and give up.
  ambientKey: true,
  fromEnv: gitHubOptionsFromEnv,
  signing: githubSigning,
  sampleDelivery: githubSampleDelivery,
});

export { github } from './client';
export { GITHUB_CAPABILITIES } from './capabilities';
export { GITHUB_EVENTS, type GitHubEventName } from './events';
export {
  GITHUB_API_VERSION, GITHUB_BASE_URL, GITHUB_USER_AGENT,
  type GitHubClientOptions, type GitHubOptions, type GitHubOrgOptions, type GitHubProvider, type GitHubRepoOptions,
} from './options';
export {
  GITHUB_DELIVERY_USER_AGENT, GITHUB_SIGNATURE_HEADER, signGitHubWebhook, verifyGitHubWebhook, type GitHubSignOptions,
} from './signing-scheme';
export {
  GITHUB_DELIVERY_HEADER, GITHUB_EVENT_HEADER, GITHUB_HOOK_ID_HEADER, toGitHubInboundEvent,
  type GitHubDeliveryHeaders, type GitHubVerifiedEvent,
} from './inbound-event';
export { GITHUB_KNOWN_EVENT_TYPES, isGitHubEvent, type GitHubEventSelected, type GitHubEventSelector } from './known-events';
export type {
  GitHubCommitter, GitHubEventOf, GitHubInboundEvent, GitHubIssue, GitHubIssuesAction, GitHubIssuesPayload,
  GitHubKnownEvent, GitHubKnownEventType, GitHubLabel, GitHubOrganization, GitHubOtherEvent, GitHubPayloadBase,
  GitHubPingPayload, GitHubPullRequest, GitHubPullRequestAction, GitHubPullRequestPayload, GitHubPullRequestRef,
  GitHubPushCommit, GitHubPushPayload, GitHubRepository, GitHubUser,
} from './event-payloads';
