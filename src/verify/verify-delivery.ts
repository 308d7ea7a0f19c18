import type { InboundEvent as EventFields } from '../model';
import { bodyDedupeParts, dedupeKey, usableDedupeParts } from './dedupe-key';
import { signatureFailure } from './failure';
import { anySignatureMatches } from './hmac';
import { readVerifiedJson } from './json-body';
import { requireOptionsObject, type VerifyDeliveryOptions } from './options';
import { requireRawBody } from './raw-body';
import type { SchemeFacts } from './scheme-facts';
import { resolveSecretSource } from './secret-source';
import { signingSecrets } from './secrets';
import { readSignedHeaders } from './signed-headers';
import { checkTimestamp } from './timestamp';
import type { WithDedupeKey } from './verified-event';

/**
 * Verifies one delivery under the scheme `facts` describes: secrets (a `SecretSource` function is
 * called first, and what it throws is thrown as is), raw body, headers, HMAC, timestamp, JSON,
 * event, dedupe key. The signature is checked before the timestamp, so `timestamp_too_old` means
 * "authentic but stale" and a forged old delivery is a `mismatch`.
 */
export async function verifyDelivery<F extends EventFields>(facts: SchemeFacts<F>, given: VerifyDeliveryOptions): Promise<WithDedupeKey<F>> {
  const { provider } = facts;
  const options = requireOptionsObject(given, 'verifyWebhook', 'verify({ body, headers, secret })');
  const secret = await resolveSecretSource(options.secret, provider, options.headers);
  const from = typeof options.secret === 'function' ? "the secret function's result" : 'secret';
  const keys = signingSecrets(secret, provider, from).map((one) => facts.key(one));
  const body = requireRawBody(options.body, provider);
  const signed = readSignedHeaders(facts, options.headers);
  const content = facts.signedContent ? facts.signedContent(body, signed.parts) : body;
  if (!(await anySignatureMatches(keys, content, signed.signatures))) {
    throw signatureFailure(provider, 'mismatch',
      `The ${facts.label} signature does not match the delivery under any of the ${keys.length} secret(s) given: a wrong secret, ` +
        'or the body was changed (parsed and re-serialized?) before verification.');
  }
  if (facts.timestamp && signed.seconds !== undefined) checkTimestamp(signed.seconds, options, facts.timestamp.tolerance, provider);
  const json = readVerifiedJson(body, provider);
  const delivery = { ...signed.parts, headers: options.headers };
  const event = facts.toEvent(json, delivery);
  const parts = usableDedupeParts(await facts.dedupeKey?.(json, delivery)) ?? (await bodyDedupeParts(json));
  return { ...event, dedupeKey: dedupeKey(provider, parts) } as WithDedupeKey<F>;
}
