import { ValidationError } from '../errors';
import { cryptoEngine } from './crypto-engine';
import { requireOptionsObject, type SignDeliveryOptions } from './options';
import { signableBody } from './raw-body';
import type { SchemeFacts, SignedParts } from './scheme-facts';
import { signingSecret } from './secrets';
import { encodeSignature } from './signature-encodings';

/** Whole unix seconds to sign with: `timestamp`, or now. */
function signingTime(facts: SchemeFacts, timestamp: number | undefined): string {
  const seconds = timestamp ?? Math.floor(Date.now() / 1000);
  if (Number.isSafeInteger(seconds) && seconds >= 0) return String(seconds);
  throw new ValidationError(`signWebhook(${facts.provider}): timestamp must be whole unix seconds (Math.floor(Date.now() / 1000)).`,
    { provider: facts.provider, operation: 'signWebhook' });
}

/**
 * The sign function of the scheme `facts` describe: the headers its provider would send with
 * `options.body`: the id header (`webhookId`, default a random UUID) and the timestamp header
 * (`timestamp`, default now) when the scheme has them, then the signature header.
 */
export function signerOf(facts: SchemeFacts): (options: SignDeliveryOptions) => Promise<Record<string, string>> {
  return async (given) => {
    const options = requireOptionsObject(given, 'signWebhook', 'sign({ body, secret })');
    const body = signableBody(options.body, facts.provider);
    const key = cryptoEngine().hmacKey(facts.key(signingSecret(options.secret, facts.provider)));
    const headers: Record<string, string> = {};
    const parts: SignedParts = {};
    if (facts.idHeader !== undefined) parts.id = headers[facts.idHeader] = options.webhookId ?? crypto.randomUUID();
    if (facts.timestamp !== undefined) parts.timestamp = headers[facts.timestamp.header] = signingTime(facts, options.timestamp);
    const [digest] = await cryptoEngine().hmacs([key], facts.signedPrefix ? [facts.signedPrefix(parts), body] : [body]);
    headers[facts.signature.headers[0]] = encodeSignature(facts.signature.encoding, digest!);
    return headers;
  };
}
