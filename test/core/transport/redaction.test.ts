import { describe, expect, it } from 'vitest';
import { NetworkError, ValidationError } from '../../../src/errors';
import { redactError, redactText } from '../../../src/transport/redaction';

const KEY = 'key_42:s3cr3t-value';

describe('redactText', () => {
  it('replaces every occurrence of every secret', () => {
    expect(redactText(`a ${KEY} b ${KEY} whsec_abc123`, [KEY, 'whsec_abc123'])).toBe('a [REDACTED] b [REDACTED] [REDACTED]');
  });

  // responseBody is the raw JSON text: a generated `whsec_` + base64 secret holds "/" and "+",
  // which some servers escape when they echo it (PHP and Java "\/", .NET System.Text.Json "\u002B").
  it('also replaces a secret as a JSON encoder may have escaped it', () => {
    const secret = 'whsec_ab/cd+ef"gh\\ij';
    const echoed = [
      JSON.stringify(secret),
      JSON.stringify(secret).replaceAll('/', '\\/'),
      JSON.stringify(secret).replace('+', '\\u002B'),
      JSON.stringify(secret).replace('+', '\\u002b').replaceAll('/', '\\/'),
    ];
    for (const text of echoed) expect(redactText(`{"echo":${text}}`, [secret])).toBe('{"echo":"[REDACTED]"}');
  });

  it('ignores secrets too short to be meaningful (they would shred the text)', () => {
    expect(redactText('a b c', ['a', ''])).toBe('a b c');
  });
});

describe('redactError', () => {
  it('scrubs message, stack, details, responseBody and the cause, in place', () => {
    const cause = new Error(`connect failed for ${KEY}`);
    const error = new ValidationError(`bad key ${KEY}`, {
      details: { apiKey: [`${KEY} is revoked`] }, responseBody: `{"echo":"${KEY}"}`, cause,
    });
    expect(redactError(error, [KEY])).toBe(error);
    const everything = [error.message, error.stack, JSON.stringify(error.details), error.responseBody, cause.message, cause.stack].join('\n');
    expect(everything).not.toContain(KEY);
    expect(error.message).toBe('bad key [REDACTED]');
    expect(error.details).toEqual({ apiKey: ['[REDACTED] is revoked'] });
  });

  it('leaves anything that is not a WebhookError alone', () => {
    const reason = new Error(`abort ${KEY}`);
    expect(redactError(reason, [KEY]).message).toContain(KEY);
    expect(redactError('plain', [KEY])).toBe('plain');
  });

  it('does nothing without secrets', () => {
    const error = new NetworkError('x');
    expect(redactError(error, [])).toBe(error);
  });
});
