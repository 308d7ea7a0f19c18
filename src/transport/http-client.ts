import type { KyInstance } from 'ky';

// ky probes `new Request` when it is imported, which loads the runtime's whole fetch stack: a
// program that only verifies deliveries, or builds a client it may not use, must not pay for
// that at import. So ky is imported on the first request, once per process.
let kyModule: Promise<typeof import('./ky-instance')> | undefined;

/** The HTTP client a transport sends with: ky, loaded and created on first use. */
export interface HttpClient {
  /** The instance itself once it exists (no await on every call), a promise of it before. */
  get(): KyInstance | Promise<KyInstance>;
  /** Whether `error` is ky's own timeout (`totalTimeout` ran out), once `get` has resolved. */
  isTimeout(error: unknown): boolean;
}

/** The transport's HTTP client, sending through `customFetch` when the client was given one (see `createKyInstance`). */
export function lazyHttpClient(customFetch: typeof fetch | undefined): HttpClient {
  let instance: KyInstance | undefined;
  let creating: Promise<KyInstance> | undefined;
  let isTimeout: ((error: unknown) => boolean) | undefined;
  return {
    get() {
      if (instance) return instance;
      creating ??= (kyModule ??= import('./ky-instance')).then((ky) => {
        isTimeout = ky.isKyTimeout;
        instance = ky.createKyInstance(customFetch);
        return instance;
      });
      return creating;
    },
    isTimeout: (error) => isTimeout?.(error) ?? false,
  };
}
