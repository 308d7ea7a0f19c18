import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors';
import { CALL_OPTION_NAMES, callerSecret, fieldsObject, httpsUrl, MAX_SECRET_LENGTH, webhookId } from '../../src/input-schemas';
import { checkCallOptions, checkInput, checkWebhookId } from '../../src/schema-check';

const ctx = { provider: 'test', operation: 'create' };

function refusal(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (ValidationError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('httpsUrl: the URL sent is the URL checked', () => {
  it.each([
    ['a trailing newline (a URL read from a file)', 'https://example.com/hooks\n'],
    ['surrounding spaces', '  https://example.com/hooks '],
    ['a tab inside', 'https://exa\tmple.com/hooks'],
    ['a line break inside the path', 'https://example.com/ho\r\noks'],
    ['a NUL', 'https://example.com/\u0000hooks'],
    ['a backslash the parser reads as "/"', 'https://example.com\\hooks'],
  ])('refuses %s, which the URL parser would silently drop or change', (_what, url) => {
    const error = refusal(() => checkInput(v.object({ url: httpsUrl }), { url }, ctx));
    expect(error.details?.url?.join(' ')).toMatch(/must not contain spaces, line breaks/);
    expect(error.message).not.toContain(url.trim());
  });

  it.each([
    ['user and password', 'https://user:pass@example.com/hooks'],
    ['a user alone', 'https://deploy@example.com/hooks'],
    ['a password alone', 'https://:hunter22@example.com/hooks'],
  ])('refuses credentials in the URL (%s), without repeating them', (_what, url) => {
    const error = refusal(() => checkInput(v.object({ url: httpsUrl }), { url }, ctx));
    expect(error.details?.url?.join(' ')).toMatch(/must not contain a user name or password/);
    expect(JSON.stringify(error.toJSON())).not.toMatch(/hunter22|deploy@|@example\.com/);
  });

  it('keeps a good URL exactly as written (no trailing slash added, no case changed)', () => {
    for (const url of ['https://example.com', 'https://Example.COM/Hooks?x=1#f', 'https://example.com:8443/a%20b']) {
      expect(v.parse(httpsUrl, url)).toBe(url);
    }
  });
});

describe('webhookId', () => {
  it.each(['.', '..'])('refuses %j, which a URL resolves to another path', (id) => {
    const error = refusal(() => checkWebhookId(id, ctx));
    expect(error.details).toEqual({ id: [expect.stringContaining('must not be "." or ".."')] });
  });

  it('names the field id, not input', () => {
    expect(refusal(() => checkWebhookId('a/b', ctx)).details).toHaveProperty(['id']);
    expect(refusal(() => checkWebhookId(42, ctx)).details).toHaveProperty(['id']);
  });

  it('lets ids with dots in them through', () => {
    for (const id of ['...', '.a', 'a.', 'wh.1']) expect(v.parse(webhookId, id)).toBe(id);
  });
});

describe('fieldsObject: an unknown key is refused by name, never dropped', () => {
  const schema = fieldsObject({ url: v.string(), active: v.optional(v.boolean()), name: v.optional(v.undefined('no names')) });

  it('{ enabled: false } names enabled and lists the fields the call takes', () => {
    const error = refusal(() => checkInput(schema, { url: 'x', enabled: false }, ctx));
    expect(Object.keys(error.details ?? {})).toEqual(['enabled']);
    expect(error.details?.enabled?.[0]).toBe('is not a field this call takes (it takes url, active); remove it or correct its name');
  });

  it('says a missing field is required and a non-object must be an object', () => {
    expect(refusal(() => checkInput(schema, {}, ctx)).details).toEqual({ url: ['is required'] });
    expect(refusal(() => checkInput(schema, 'x', ctx)).details).toEqual({ input: ['must be an object'] });
  });
});

describe('callerSecret', () => {
  it(`takes ${MAX_SECRET_LENGTH} characters and refuses one more, without repeating it`, () => {
    const schema = v.object({ secret: callerSecret(16) });
    expect(checkInput(schema, { secret: 's'.repeat(MAX_SECRET_LENGTH) }, ctx).secret).toHaveLength(MAX_SECRET_LENGTH);
    const long = `whsec_${'Q'.repeat(6000)}`;
    const error = refusal(() => checkInput(schema, { secret: long }, ctx));
    expect(error.details?.secret?.[0]).toMatch(/at most 256 characters/);
    expect(JSON.stringify(error.toJSON())).not.toContain('QQQQ');
  });
});

describe('checkCallOptions', () => {
  it('accepts every option a call takes, and no options at all', () => {
    expect(checkCallOptions(undefined, ctx)).toBeUndefined();
    const every = Object.fromEntries(CALL_OPTION_NAMES.map((name) => [name, undefined]));
    expect(() => checkCallOptions({ ...every, signal: new AbortController().signal, timeout: 5 }, ctx)).not.toThrow();
  });

  it('refuses an unknown option by name, and options that are not an object', () => {
    const error = refusal(() => checkCallOptions({ timeout: 5, idempotency_key: 'k' }, ctx));
    expect(error.details?.idempotency_key?.[0]).toMatch(/^is not a call option this call takes \(it takes signal, timeout, idempotencyKey/);
    expect(error.message).toContain('Nothing was sent');
    expect(refusal(() => checkCallOptions('fast', ctx)).details).toEqual({ options: ['must be an object'] });
  });
});
