/**
 * The catalogue's signing table: each provider's signing scheme, one line each, apart from
 * `clients.ts` so that verification bundles without an HTTP client. The compiler checks it lists
 * exactly the providers of `clients.ts`, with the same schemes' types.
 * @module
 */
import type { FetchEventContext } from '../../src/handlers/fetch-handler';
import type { NodeEventContext, NodeWebhookMiddleware } from '../../src/handlers/node-middleware';
import { fetchHandlerFrom, nodeHandlerFrom, type WebhookHandlerOptions as HandlerOptionsOf } from '../../src/handlers/scheme-handlers';
import { requireOptionsObject, type SignDeliveryOptions, type VerifyDeliveryOptions } from '../../src/verify/options';
import { schemeFrom, type SchemeEvent, type SigningScheme } from '../../src/verify/scheme';
import { dialnexaSigning, verifyDialNexaWebhook } from '../dialnexa/signing-scheme';
import { githubSigning, verifyGitHubWebhook } from '../github/signing-scheme';
import { sentdmSigning, verifySentDmWebhook } from '../sentdm/signing-scheme';
import type { KnownProviderId } from './clients';

/** Provider id -> signing scheme. `satisfies` refuses a missing provider and an extra one alike. */
export const SIGNING_SCHEMES = {
  dialnexa: dialnexaSigning,
  github: githubSigning,
  sentdm: sentdmSigning,
} satisfies Record<KnownProviderId, SigningScheme<any>>;

/**
 * Provider id -> its verify function alone: what `verifyWebhook` and the handlers look up, so a
 * receiver's bundle holds none of the signing code. The same providers as `SIGNING_SCHEMES`.
 */
const VERIFIERS = {
  dialnexa: { verify: verifyDialNexaWebhook },
  github: { verify: verifyGitHubWebhook },
  sentdm: { verify: verifySentDmWebhook },
} satisfies Record<KnownProviderId, Pick<SigningScheme<any>, 'verify'>>;

/**
 * The events `provider` sends, as its scheme types them (a union on `type`): narrowing
 * `event.type` gives a typed `event.data`. A union of providers gives the union of their events.
 */
export type InboundEventOf<P extends KnownProviderId = KnownProviderId> = SchemeEvent<(typeof SIGNING_SCHEMES)[P]>;

/** `verifyWebhook` options: the raw delivery, the secret(s) (or a function finding them) and the provider that sent it. */
export interface VerifyWebhookOptions<P extends KnownProviderId = KnownProviderId> extends VerifyDeliveryOptions {
  provider: P;
}

/** `signWebhook` options: what to sign, as which provider. */
export interface SignWebhookOptions extends SignDeliveryOptions {
  provider: KnownProviderId;
}

/**
 * Options of the ready-made handlers for `provider` `P`: `onEvent` gets that provider's events,
 * and `C` beside them (`{ request }` from `createWebhookHandler`, `{ req }` from
 * `createNodeWebhookMiddleware`; either when used for both).
 */
export type WebhookHandlerOptions<P extends KnownProviderId = KnownProviderId, C = FetchEventContext | NodeEventContext> =
  HandlerOptionsOf<P, InboundEventOf<P>, C>;

/**
 * Verifies an inbound delivery and returns it normalized and typed: `InboundEventOf<provider>`,
 * with a `dedupeKey` that every retry of the event shares. Pass the raw body (string or bytes,
 * never a parsed object), the request headers in any shape, and the secret, a list of them
 * while rotating, or a function of the delivery that looks it up (what it throws is thrown). `tolerance` (seconds, default 300) and `now` (Date or epoch ms) apply to
 * schemes that sign a timestamp (sent.dm); DialNexa signs none.
 *
 * @throws SignatureVerificationError when the delivery cannot be trusted; `reason` says why.
 * @throws ValidationError when the signature matched but the body is not a JSON object.
 * @throws ConfigurationError for missing options, an unknown provider or an unusable secret, tolerance or now.
 * @example
 * const event = await verifyWebhook({
 *   provider: 'sentdm', body: await request.text(), headers: request.headers,
 *   secret: process.env.SENT_DM_WEBHOOK_SECRET!,
 * });
 * if (event.type === 'message.delivered') markDelivered(event.data.message_id);
 */
export function verifyWebhook<P extends KnownProviderId>(options: VerifyWebhookOptions<P>): Promise<InboundEventOf<P>> {
  // Not async: the scheme's own promise is returned as is (one fewer to settle per delivery);
  // a bad call still rejects rather than throws. The scheme ignores `provider`, so no copy without it.
  try {
    requireOptionsObject(options, 'verifyWebhook', "verifyWebhook({ provider: 'dialnexa', body, headers, secret })");
    return schemeFrom(VERIFIERS, options.provider).verify(options) as Promise<InboundEventOf<P>>;
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * The headers `provider` would send with `body`, signed with `secret`: for tests, local
 * simulators and replaying a delivery. `timestamp` (unix seconds, default now) and `webhookId`
 * (default a random UUID) are used by sent.dm only.
 *
 * @example
 * const body = JSON.stringify({ event_type: 'call_ended', payload: {} });
 * const headers = await signWebhook({ provider: 'dialnexa', body, secret });
 * await fetch('http://127.0.0.1:3000/webhooks', { method: 'POST', body, headers });
 */
export async function signWebhook(options: SignWebhookOptions): Promise<Record<string, string>> {
  const { provider, ...delivery } = requireOptionsObject(options, 'signWebhook', "signWebhook({ provider: 'dialnexa', body, secret })");
  return schemeFrom(SIGNING_SCHEMES, provider).sign(delivery);
}

/**
 * A Fetch API handler `(request: Request) => Promise<Response>` for Hono, Next.js route
 * handlers, Bun, Deno and Workers. It verifies the delivery, calls `onEvent(event, { request })`
 * with the provider's typed event, and answers 204; 400 with a generic body when verification
 * fails; 500 when `onEvent` throws, the secret is missing or the `secret` function throws; 405
 * for anything but POST; 413 for a body over `maxBodyBytes`. With `dedupe` (a `DedupeStore`),
 * each `dedupeKey` is processed once: 200 for an event already handled, 409 with `Retry-After`
 * while another worker is on it.
 *
 * @example
 * // app/webhooks/sentdm/route.ts (Next.js)
 * export const POST = createWebhookHandler({
 *   provider: 'sentdm', secret: process.env.SENT_DM_WEBHOOK_SECRET!,
 *   onEvent: async (event) => { await queue.push(event) },
 * });
 */
export function createWebhookHandler<P extends KnownProviderId>(options: WebhookHandlerOptions<P, FetchEventContext>): (request: Request) => Promise<Response> {
  return fetchHandlerFrom(VERIFIERS, options);
}

/**
 * The same handler for Node: `(req, res) => Promise<void>`, usable as a `node:http` listener and
 * as Express/Connect middleware. It reads the raw body from the request stream itself, or uses
 * the Buffer/string left by express.raw()/express.text(). Mounted after express.json() it cannot
 * verify anything: it answers 500 and reports a `ConfigurationError` saying how to mount it.
 * `onEvent` gets `{ req }` beside the event; `dedupe` works as in `createWebhookHandler`.
 *
 * @example
 * app.post('/webhooks/dialnexa', createNodeWebhookMiddleware({
 *   provider: 'dialnexa', secret: process.env.DIALNEXA_WEBHOOK_SECRET!, onEvent: handle,
 * }));
 * app.use(express.json()); // after the webhook route
 */
export function createNodeWebhookMiddleware<P extends KnownProviderId>(options: WebhookHandlerOptions<P, NodeEventContext>): NodeWebhookMiddleware {
  return nodeHandlerFrom(VERIFIERS, options);
}
