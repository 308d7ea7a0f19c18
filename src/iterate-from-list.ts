import type { CallOptions, IterateParams, Webhook } from './model';
import { paginate } from './paginate';
import type { WebhookProvider } from './provider';

/** A provider without `iterate`: `defineProvider` derives it from `list`. */
export type ProviderMethods<O extends CallOptions = CallOptions> = Omit<WebhookProvider<O>, 'iterate'>;

/**
 * Completes a provider object: `iterate` walks `list` page after page (concurrently when the first
 * page gives the total), so every adapter paginates the same way. `O` is the provider's per-call
 * options type; every page request gets the caller's options plus the walk's abort signal.
 */
export function defineProvider<O extends CallOptions = CallOptions>(methods: ProviderMethods<O>): WebhookProvider<O> {
  return {
    ...methods,
    iterate(params: IterateParams = {}, options?: O): AsyncIterable<Webhook> {
      const { maxItems, concurrency, ...filters } = params;
      return paginate<Webhook>({
        fetchPage: (page, signal) => methods.list({ ...filters, page }, { ...options, signal } as O),
        idOf: (webhook) => webhook.id,
        ...(maxItems === undefined ? {} : { maxItems }),
        ...(concurrency === undefined ? {} : { concurrency }),
        ...(options?.signal ? { signal: options.signal } : {}),
      });
    },
  };
}
