import { ValidationError } from '../../src/errors';
import { utf8Bytes } from '../../src/verify/encoding';
import type { SignDeliveryOptions, VerifyDeliveryOptions } from '../../src/verify/options';
import { rawBodyBytes } from '../../src/verify/raw-body';
import type { SigningScheme } from '../../src/verify/scheme';
import type { SchemeFacts } from '../../src/verify/scheme-facts';
import { signerOf } from '../../src/verify/sign-delivery';
import { verifierOf } from '../../src/verify/verify-delivery';
import { firstHeader } from '../../src/verify/headers';
import { hexSignature } from '../../src/verify/signature-encodings';
import { parseJsonSafely, isRecord } from '../../src/untrusted-json';
import type { GitHubInboundEvent } from './event-payloads';
import { GITHUB_DELIVERY_HEADER, GITHUB_EVENT_HEADER, toGitHubInboundEvent, type GitHubVerifiedEvent } from './inbound-event';

/** The header GitHub signs its deliveries in: `sha256=<hex HMAC-SHA256>`. */
export const GITHUB_SIGNATURE_HEADER = 'x-hub-signature-256';
/** The `User-Agent` GitHub's deliveries carry (GitHub appends a build id; this one names us). */
export const GITHUB_DELIVERY_USER_AGENT = 'GitHub-Hookshot/hookbridge';

/** What `signGitHubWebhook` takes: the common sign options plus GitHub's event and delivery id. */
export interface GitHubSignOptions extends SignDeliveryOptions {
  /**
   * The event, as `X-GitHub-Event` names it (`issues`) or as hookbridge types it
   * (`issues.opened`: the part before the first dot is sent). Default `ping` for a ping body
   * (one with `zen` and `hook_id`); any other body needs it.
   */
  event?: string;
  /** The `X-GitHub-Delivery` GUID; default `webhookId`, else a random UUID. */
  delivery?: string;
}

const facts: SchemeFacts<GitHubVerifiedEvent> = {
  provider: 'github',
  label: 'GitHub',
  // The key is the secret's UTF-8 bytes as configured on the hook; GitHub prescribes no format.
  key: utf8Bytes,
  // GitHub signs no timestamp and the delivery GUID is not part of the signed bytes, so neither
  // is required to verify: a receiver fed by another sender (a replay tool) still verifies.
  signature: { headers: [GITHUB_SIGNATURE_HEADER], encoding: hexSignature('sha256=') },
  toEvent: toGitHubInboundEvent,
  // GitHub names every event with a GUID, the same on each redelivery of it.
  dedupeKey: (_body, { headers }) => firstHeader(headers, GITHUB_DELIVERY_HEADER),
};
const signBody = /* @__PURE__ */ signerOf(facts);

/** `X-GitHub-Event` for a signed body: the option's name before any `.action`, or `ping` for a ping body. */
function eventHeaderOf(options: GitHubSignOptions): string {
  const named = options.event?.trim();
  if (named) return named.split('.', 1)[0]!;
  const bytes = rawBodyBytes(options.body);
  const body = bytes && parseJsonSafely(new TextDecoder().decode(bytes));
  if (isRecord(body) && 'zen' in body && 'hook_id' in body) return 'ping';
  throw new ValidationError(
    'signWebhook(github): pass `event` (e.g. "issues" or "issues.opened") to say what X-GitHub-Event the body is; only a ping body (zen, hook_id) is recognised without it.',
    { provider: 'github', operation: 'signWebhook' },
  );
}

async function signLikeGitHub(options: GitHubSignOptions): Promise<Record<string, string>> {
  // Signed first: a parsed-object body or a blank secret fails as in every scheme.
  const signed = await signBody(options);
  const event = eventHeaderOf(options);
  return {
    'user-agent': GITHUB_DELIVERY_USER_AGENT,
    'content-type': 'application/json',
    [GITHUB_EVENT_HEADER]: event,
    [GITHUB_DELIVERY_HEADER]: options.delivery ?? options.webhookId ?? crypto.randomUUID(),
    ...signed,
  };
}

/**
 * Verifies a GitHub delivery: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(secret, raw body)>`.
 * GitHub signs no timestamp, so `tolerance` and `now` are ignored. Narrow `event.type`
 * (`'issues.opened'`, `'push'`, `'ping'`) for a typed `event.data`.
 *
 * @throws SignatureVerificationError with `reason` `no_secret`, `body_not_raw`, `missing_header`,
 *   `malformed_header` or `mismatch`.
 * @throws ValidationError when the signature matched but the body is not a JSON object.
 * @example
 * const event = await verifyGitHubWebhook({ body: await request.text(), headers: request.headers, secret });
 * if (event.type === 'issues.opened') console.log(event.data.issue.title, event.github.deliveryId);
 */
export const verifyGitHubWebhook = /* @__PURE__ */ verifierOf(facts) as (options: VerifyDeliveryOptions) => Promise<GitHubInboundEvent>;

/**
 * The headers GitHub would send with `body`: `x-hub-signature-256`, `x-github-event`,
 * `x-github-delivery` (a random UUID unless `delivery` is given), `user-agent`
 * (`GitHub-Hookshot/...`) and `content-type: application/json`. For tests and simulators; send
 * `body` byte for byte as signed.
 *
 * @example
 * const body = JSON.stringify({ action: 'opened', issue: { number: 1, title: 'Bug' } });
 * const headers = await signGitHubWebhook({ body, secret, event: 'issues' });
 */
export const signGitHubWebhook: (options: GitHubSignOptions) => Promise<Record<string, string>> = signLikeGitHub;

/**
 * GitHub's signing scheme: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(secret as UTF-8, raw
 * body)>`, no timestamp. The event's `type` is `X-GitHub-Event` plus `.action` when the body has
 * one; the delivery GUID (`X-GitHub-Delivery`) is the event's `dedupeKey` (and `event.github.deliveryId`).
 * Built of the two functions above, so code that only verifies bundles no signing.
 */
export const githubSigning: SigningScheme = { verify: verifyGitHubWebhook, sign: signGitHubWebhook };
