/**
 * How sync tells two URLs apart: by their WHATWG serialization, so `HTTPS://App.Example.com:443/a`
 * and `https://app.example.com/a` are one webhook. Nothing else is folded: a trailing slash, the
 * query and its order, and the fragment all make a different URL, as they do for the receiver.
 * @module
 */

/** The normalized form of `url`; a string that is not a URL is its own key. */
export function urlKey(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** Whether `url` falls under one of the `owns` prefixes, both normalized. */
export function isOwned(url: string, owns: readonly string[]): boolean {
  const key = urlKey(url);
  return owns.some((prefix) => key.startsWith(urlKey(prefix)));
}
