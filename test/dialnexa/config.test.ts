import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors';
import { dialnexa, type DialNexaOptions } from '../../providers/dialnexa';

const configError = (options: unknown): ConfigurationError => {
  try {
    dialnexa(options as DialNexaOptions);
  } catch (error) {
    if (ConfigurationError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('dialnexa() accepted the options');
};

describe('DialNexa configuration', () => {
  it.each([
    ['no options', undefined],
    ['no apiKey', {}],
    ['an empty apiKey', { apiKey: '' }],
    ['a blank apiKey', { apiKey: '   ' }],
    ['a non-string apiKey', { apiKey: 42 }],
  ])('%s is a ConfigurationError naming apiKey and where it can come from', (_what, options) => {
    const error = configError(options);
    expect(error.provider).toBe('dialnexa');
    expect(error.message).toMatch(/apiKey|options are required/);
    if (options !== undefined) expect(error.message).toContain('DIALNEXA_API_KEY');
  });

  it.each(['not a url', 'api.dialnexa.com/v1', 'ftp://api.dialnexa.com/v1', ''])('baseUrl %j is a ConfigurationError', (baseUrl) => {
    const error = configError({ apiKey: 'key:secret', baseUrl });
    expect(error.message).toContain('baseUrl');
    expect(error.message).toContain('HOOKBRIDGE_BASE_URL');
    expect(error.message).not.toContain('key:secret');
  });

  it('accepts a good key and an http(s) baseUrl (a local simulator)', () => {
    expect(dialnexa({ apiKey: 'key:secret', baseUrl: 'http://127.0.0.1:4010/v1' }).id).toBe('dialnexa');
  });
});
