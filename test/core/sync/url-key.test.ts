import { describe, expect, it } from 'vitest';
import { isOwned, urlKey } from '../../../src/sync/url-key';

describe('urlKey: how sync tells webhooks apart', () => {
  it.each([
    ['HTTPS://App.Example.COM/hooks', 'https://app.example.com/hooks'],
    ['https://app.example.com:443/hooks', 'https://app.example.com/hooks'],
    ['https://app.example.com', 'https://app.example.com/'],
    ['https://app.example.com/a/./b/../c', 'https://app.example.com/a/c'],
    ['https://app.example.com/caf\u00e9', 'https://app.example.com/caf%C3%A9'],
    ['https://xn--caf-dma.example/', 'https://xn--caf-dma.example/'],
    ['https://caf\u00e9.example/', 'https://xn--caf-dma.example/'],
  ])('%s is %s', (url, key) => expect(urlKey(url)).toBe(key));

  it('keeps what a receiver would see as different: trailing slash, query, fragment, path case', () => {
    const keys = ['https://a.example/h', 'https://a.example/h/', 'https://a.example/h?x=1', 'https://a.example/h#f', 'https://a.example/H'].map(urlKey);
    expect(new Set(keys).size).toBe(5);
  });

  it('a string that is no URL is its own key', () => expect(urlKey('not a url')).toBe('not a url'));

  it('owns prefixes are compared normalized, as plain prefixes', () => {
    expect(isOwned('https://APP.example/hooks/a', ['https://app.example/hooks/'])).toBe(true);
    expect(isOwned('https://app.example/hooks-old', ['https://app.example/hooks/'])).toBe(false);
    expect(isOwned('https://app.example/hooks-old', ['https://app.example/hooks'])).toBe(true);
    expect(isOwned('https://app.example/a', [])).toBe(false);
  });
});
