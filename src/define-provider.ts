import type { CallOptions, IterateParams, Webhook } from './model';
import { paginate } from './paginate';
import type { WebhookProvider } from './provider';

/** A provider without `iterate`: `defineProvider` derives it from `list`. */
export type ProviderMethods = Omit<WebhookProvider, 'iterate'>;

/**
 * Completes a provider object: `iterate` walks `list` page after page (concurrently when the first
 * page gives the total), so every adapter paginates the same way.
 */
export function defineProvider(methods: ProviderMethods): WebhookProvider {
  return {
    ...methods,
    iterate(params: IterateParams = {}, options: CallOptions = {}): AsyncIterable<Webhook> {
      const { maxItems, concurrency, ...filters } = params;
      return paginate<Webhook>({
        fetchPage: (page, signal) => methods.list({ ...filters, page }, { ...options, signal }),
        idOf: (webhook) => webhook.id,
        ...(maxItems === undefined ? {} : { maxItems }),
        ...(concurrency === undefined ? {} : { concurrency }),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    },
  };
}
