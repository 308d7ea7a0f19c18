import { ConfigurationError } from '../src/errors';
import type { InboundEvent, KnownProviderId } from '../src/model';
import type { SignDeliveryOptions, VerifyDeliveryOptions } from '../src/verify/options';
import { signDialNexaWebhook, verifyDialNexaWebhook } from './dialnexa/verify';
import { signSentDmWebhook, verifySentDmWebhook } from './sentdm/verify';

/** How one provider signs and verifies its deliveries. */
export interface InboundScheme {
  verify(options: VerifyDeliveryOptions): Promise<InboundEvent>;
  sign(options: SignDeliveryOptions): Promise<Record<string, string>>;
}

// Kept apart from PROVIDER_REGISTRY on purpose: that one pulls in the HTTP stack (ky, p-retry,
// valibot), and verification must bundle small and Node-free for edge runtimes.
const SCHEMES: Record<KnownProviderId, InboundScheme> = {
  dialnexa: { verify: verifyDialNexaWebhook, sign: signDialNexaWebhook },
  sentdm: { verify: verifySentDmWebhook, sign: signSentDmWebhook },
};

/** The scheme of `provider`; an unknown id is a `ConfigurationError`. */
export function inboundScheme(provider: unknown): InboundScheme {
  if (typeof provider === 'string' && Object.hasOwn(SCHEMES, provider)) return SCHEMES[provider as KnownProviderId];
  throw new ConfigurationError(`Unknown webhook provider ${JSON.stringify(provider)}: use 'dialnexa' or 'sentdm'.`);
}

/** `verifyWebhook` options: the raw delivery, the secret(s) and the provider that sent it. */
export interface VerifyWebhookOptions extends VerifyDeliveryOptions {
  provider: KnownProviderId;
}

/** `signWebhook` options: what to sign, as which provider. */
export interface SignWebhookOptions extends SignDeliveryOptions {
  provider: KnownProviderId;
}

/**
 * Verifies an inbound delivery and returns it normalized. Pass the raw body (string or bytes,
 * never a parsed object), the request headers in any shape, and the secret, or a list of them
 * while rotating. `tolerance` (seconds, default 300) and `now` (Date or epoch ms) apply to
 * sent.dm, whose signature covers a timestamp; DialNexa signs none.
 *
 * @throws SignatureVerificationError when the delivery cannot be trusted; `reason` says why.
 * @throws ValidationError when the signature matched but the body is not a JSON object.
 * @throws ConfigurationError for an unknown provider or an unusable secret, tolerance or now.
 * @example
 * const event = await verifyWebhook({
 *   provider: 'sentdm', body: await request.text(), headers: request.headers,
 *   secret: process.env.SENT_DM_WEBHOOK_SECRET!,
 * });
 * if (event.type === 'message.delivered') markDelivered(event.data);
 */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<InboundEvent> {
  const { provider, ...delivery } = options;
  return inboundScheme(provider).verify(delivery);
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
  const { provider, ...delivery } = options;
  return inboundScheme(provider).sign(delivery);
}
