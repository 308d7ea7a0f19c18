import { describe, expect, it } from 'vitest';
import { callerIdempotencyKey, carriesIdempotencyKey } from '../../../src/transport/idempotency-key';

describe('callerIdempotencyKey', () => {
  it('is the idempotencyKey option first', () => {
    expect(callerIdempotencyKey({ idempotencyKey: 'opt', headers: { 'Idempotency-Key': 'hdr' } }, 'Idempotency-Key')).toBe('opt');
  });

  it('else the header of that name, in any case', () => {
    expect(callerIdempotencyKey({ headers: { 'IDEMPOTENCY-KEY': 'hdr' } }, 'Idempotency-Key')).toBe('hdr');
    expect(callerIdempotencyKey({ headers: { 'idempotency-key': 'hdr' } }, 'Idempotency-Key')).toBe('hdr');
  });

  it('takes the last of several spellings, as merging headers does', () => {
    expect(callerIdempotencyKey({ headers: { 'Idempotency-Key': 'a', 'idempotency-key': 'b' } }, 'idempotency-key')).toBe('b');
  });

  it('is undefined when the caller gave none (the transport then generates one)', () => {
    expect(callerIdempotencyKey(undefined, 'Idempotency-Key')).toBeUndefined();
    expect(callerIdempotencyKey({ headers: { 'x-other': 'v' } }, 'Idempotency-Key')).toBeUndefined();
  });
});

describe('carriesIdempotencyKey', () => {
  it('is true for POST, PUT and PATCH when the provider names a header', () => {
    for (const method of ['POST', 'PUT', 'PATCH']) expect(carriesIdempotencyKey('Idempotency-Key', method)).toBe(true);
    for (const method of ['GET', 'DELETE']) expect(carriesIdempotencyKey('Idempotency-Key', method)).toBe(false);
    expect(carriesIdempotencyKey(undefined, 'POST')).toBe(false);
  });
});
