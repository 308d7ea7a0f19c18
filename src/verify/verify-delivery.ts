import type { InboundEvent } from '../model';
import { signatureFailure } from './failure';
import { anySignatureMatches } from './hmac';
import { readVerifiedJson } from './json-body';
import type { VerifyDeliveryOptions } from './options';
import { requireRawBody } from './raw-body';
import type { SchemeFacts } from './scheme-facts';
import { signingSecrets } from './secrets';
import { readSignedHeaders } from './signed-headers';
import { checkTimestamp } from './timestamp';

/**
 * Verifies one delivery under the scheme `facts` describes: secrets, raw body, headers, HMAC,
 * timestamp, JSON, event. The signature is checked before the timestamp, so `timestamp_too_old`
 * means "authentic but stale" and a forged old delivery is a `mismatch`.
 */
export async function verifyDelivery(facts: SchemeFacts, options: VerifyDeliveryOptions): Promise<InboundEvent> {
  const { provider } = facts;
  const keys = signingSecrets(options.secret, provider).map((secret) => facts.key(secret));
  const body = requireRawBody(options.body, provider);
  const signed = readSignedHeaders(facts, options.headers);
  const content = facts.signedContent ? facts.signedContent(body, signed.parts) : body;
  if (!(await anySignatureMatches(keys, content, signed.signatures))) {
    throw signatureFailure(provider, 'mismatch',
      `The ${facts.label} signature does not match the delivery under any of the ${keys.length} secret(s) given: a wrong secret, ` +
        'or the body was changed (parsed and re-serialized?) before verification.');
  }
  if (facts.timestamp && signed.seconds !== undefined) checkTimestamp(signed.seconds, options, facts.timestamp.tolerance, provider);
  return facts.toEvent(readVerifiedJson(body, provider), { ...signed.parts, headers: options.headers });
}
