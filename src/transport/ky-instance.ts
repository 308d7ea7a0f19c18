/**
 * The ky side of the transport, imported by `lazyHttpClient` on a transport's first request (an
 * import of its own, so that a bundle's lazy chunk holds only the parts of ky used here).
 * @module
 */
import ky, { TimeoutError, type KyInstance } from 'ky';

/**
 * A ky instance with no retries (p-retry owns them), no per-fetch timeout (each attempt sets a
 * `totalTimeout`, which also covers reading the body) and no throw on HTTP errors.
 */
export function createKyInstance(customFetch: typeof fetch | undefined): KyInstance {
  return ky.create({
    retry: 0,
    timeout: false,
    throwHttpErrors: false,
    ...(customFetch ? { fetch: customFetch } : {}),
  });
}

/** Whether `error` is ky's own timeout: the attempt's `totalTimeout` ran out. */
export function isKyTimeout(error: unknown): boolean {
  return error instanceof TimeoutError;
}
