import { describe, expect, it } from 'vitest';
import { isRecord, parseJsonSafely } from '../../src/untrusted-json';

describe('parseJsonSafely', () => {
  it('parses JSON, including null and primitives', () => {
    expect(parseJsonSafely('{"a":1}')).toEqual({ a: 1 });
    expect(parseJsonSafely('null')).toBeNull();
    expect(parseJsonSafely('42')).toBe(42);
  });

  it.each(['', '   ', '<html><body>Bad Gateway</body></html>', '{"message": "cut', 'undefined'])(
    'returns undefined for %j instead of throwing',
    (text) => expect(parseJsonSafely(text)).toBeUndefined(),
  );
});

describe('isRecord', () => {
  it('is true only for plain objects', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
    expect(isRecord('x')).toBe(false);
  });
});
