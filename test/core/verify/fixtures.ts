import { createHmac } from 'node:crypto';
import { expect } from 'vitest';
import { SignatureVerificationError, type SignatureFailureReason } from '../../../src/errors';

/** The Svix / Standard Webhooks published example: an independent check of the sent.dm scheme. */
export const SVIX_VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

export const DIALNEXA_SECRET = 'whsec_your_secret_here';
export const SENTDM_SECRET = SVIX_VECTOR.secret;

export const callEnded = JSON.stringify({
  event_type: 'call_ended',
  payload: { call: { id: 'call_abc123xyz', status: 'hangup', disconnection_reason: 'user_did_not_pick_up' } },
});

export const messageDelivered = JSON.stringify({
  field: 'message',
  sub_type: 'message.delivered',
  timestamp: '2025-10-31T10:10:42Z',
  payload: { message_id: 'b8f1c3d2-0000-4000-8000-000000000001', message_status: 'DELIVERED', channel: 'sms' },
});

/** DialNexa's scheme computed with node:crypto: HMAC-SHA256 keyed by the secret's UTF-8 bytes, `whsec_` included. */
export function dialNexaReference(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** sent.dm's (Svix) scheme computed with node:crypto. */
export function sentDmReference(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** Awaits `promise`, expects a SignatureVerificationError with `reason`, and returns it. */
export async function expectFailure(promise: Promise<unknown>, reason: SignatureFailureReason): Promise<SignatureVerificationError> {
  const error = await promise.then(
    () => { throw new Error(`expected a ${reason} failure, but verification passed`); },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SignatureVerificationError);
  expect(error).toMatchObject({ code: 'signature', reason });
  return error as SignatureVerificationError;
}
