import { describe, expect, it } from 'vitest';
import { clip, isRecord, parseJsonSafely } from '../../src/response-body';

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

describe('clip', () => {
  it('keeps short text and shortens long text, saying how much was cut', () => {
    expect(clip('abc', 5)).toBe('abc');
    expect(clip('abcdefgh', 5)).toBe('abcde… (3 more chars)');
  });
});

describe('isRecord', () => {
  it('is true only for plain objects', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
    expect(isRecord('x')).toBe(false);
  });
});
