import type { InboundEvent as EventFields } from '../model';
import { cryptoEngine } from './crypto-engine';
import { bodyDedupeParts, dedupeKey, usableDedupeParts } from './dedupe-key';
import { signatureFailure } from './failure';
import { bodyText, readVerifiedJson } from './json-body';
import { keyCache } from './key-cache';
import { requireOptionsObject, type VerifyDeliveryOptions } from './options';
import { requireRawBody } from './raw-body';
import type { SchemeFacts } from './scheme-facts';
import { resolveSecretSource } from './secret-source';
import { signingSecrets } from './secrets';
import { readSignedHeaders } from './signed-headers';
import { checkTimestamp } from './timestamp';
import type { WithDedupeKey } from './verified-event';

/**
 * The verify function of the scheme `facts` describe. Each delivery goes through secrets (a
 * `SecretSource` function is called first, and what it throws is thrown as is), raw body,
 * headers, HMAC, timestamp, JSON, event, dedupe key. The signature is checked before the
 * timestamp, so `timestamp_too_old` means "authentic but stale" and a forged old delivery is a
 * `mismatch`. A secret's key is prepared once (`keyCache`); on node:crypto nothing is awaited
 * but a secret function or an async dedupe fact.
 */
export function verifierOf<F extends EventFields>(facts: SchemeFacts<F>): (options: VerifyDeliveryOptions) => Promise<WithDedupeKey<F>> {
  const { provider } = facts;
  const keyOf = keyCache((secret) => cryptoEngine().hmacKey(facts.key(secret)));
  return async (given) => {
    const options = requireOptionsObject(given, 'verifyWebhook', 'verify({ body, headers, secret })');
    const { headers, secret: source } = options;
    const secret = typeof source === 'function' ? await resolveSecretSource(source, provider, headers) : source;
    const from = typeof source === 'function' ? "the secret function's result" : 'secret';
    const keys = signingSecrets(secret, provider, from).map(keyOf);
    const body = requireRawBody(options.body, provider);
    const signed = readSignedHeaders(facts, headers);
    const text = bodyText(body);
    const { delivery } = signed;
    const message = facts.signedPrefix ? [facts.signedPrefix(delivery), body] : [body];
    const engine = cryptoEngine();
    const computed = engine.hmacs(keys, message);
    const digests = computed instanceof Promise ? await computed : computed;
    // Any key (rotation) against any signature (several sent); every comparison is made.
    let matched = false;
    for (const digest of digests) for (const signature of signed.signatures) matched = engine.equal(digest, signature) || matched;
    if (!matched) {
      throw signatureFailure(provider, 'mismatch',
        `The ${facts.label} signature does not match the delivery under any of the ${keys.length} secret(s) given: a wrong secret, ` +
          'or the body was changed (parsed and re-serialized?) before verification.');
    }
    if (facts.timestamp && signed.seconds !== undefined) checkTimestamp(signed.seconds, options, facts.timestamp.tolerance, provider);
    const json = readVerifiedJson(text, body, provider);
    const event = facts.toEvent(json, delivery) as WithDedupeKey<F>;
    const stated = facts.dedupeKey?.(json, delivery);
    let parts = usableDedupeParts(stated instanceof Promise ? await stated : stated) ?? bodyDedupeParts(json);
    if (parts instanceof Promise) parts = await parts;
    // toEvent builds a new object per delivery: the key is added to it rather than to a copy.
    event.dedupeKey = dedupeKey(provider, parts);
    return event;
  };
}
