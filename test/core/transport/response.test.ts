import { describe, expect, it } from 'vitest';
import { clip, readHttpResponse } from '../../../src/transport/response';

describe('clip', () => {
  it('keeps short text and shortens long text, saying how much was cut', () => {
    expect(clip('abc', 5)).toBe('abc');
    expect(clip('abcdefgh', 5)).toBe('abcde… (3 more chars)');
  });
});

describe('readHttpResponse', () => {
  const raw = { status: 201, headers: new Headers() };
  // `ref`, not a credential-like name: a value under one is redacted whether or not a reader names it.
  const text = JSON.stringify({ data: { ref: 'made_by_server_1234' }, echo: 'sk_live_abcdef' });

  it('redacts the given secrets from the text but parses JSON from the original', () => {
    const { response, secrets } = readHttpResponse(raw, text, ['sk_live_abcdef']);
    expect(response.text).toBe('{"data":{"ref":"made_by_server_1234"},"echo":"[REDACTED]"}');
    expect(response.json).toEqual({ data: { ref: 'made_by_server_1234' }, echo: 'sk_live_abcdef' });
    expect(secrets).toEqual(['sk_live_abcdef']);
  });

  it('also redacts the secrets the body itself holds, and hands them on for the errors', () => {
    const found = (json: unknown) => [(json as { data: { ref: string } }).data.ref];
    const { response, secrets } = readHttpResponse(raw, text, ['sk_live_abcdef'], found);
    expect(response.text).toBe('{"data":{"ref":"[REDACTED]"},"echo":"[REDACTED]"}');
    expect(secrets).toEqual(['sk_live_abcdef', 'made_by_server_1234']);
  });

  it('gives undefined JSON for a body that is not JSON, and keeps the status and headers', () => {
    const { response } = readHttpResponse({ status: 502, headers: new Headers({ 'x-a': '1' }) }, '<html>', []);
    expect(response).toMatchObject({ status: 502, text: '<html>', json: undefined });
    expect(response.headers.get('x-a')).toBe('1');
  });
});
