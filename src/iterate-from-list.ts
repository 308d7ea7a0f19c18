import { NotFoundError } from './errors';
import type { CallOptions, IterateParams, ProviderId, Webhook } from './model';
import { paginate } from './paginate';
import type { WebhookProvider } from './provider';
import { createRemovalFeed } from './removal-feed';

/** A provider without `iterate`: `defineProvider` derives it from `list`. */
export type ProviderMethods<O extends CallOptions = CallOptions, Id extends ProviderId = ProviderId, E extends string = string> =
  Omit<WebhookProvider<O, Id, E>, 'iterate'>;

/**
 * Completes a provider object: `iterate` walks `list` page after page (concurrently when the first
 * page gives the total), so every adapter paginates the same way. `O` is the provider's per-call
 * options type, `Id` its literal name, `E` its event names; every page request gets the caller's
 * options plus the walk's abort signal. The provider's `delete` tells running walks what it
 * removed, so that deleting what `iterate` yields skips nothing.
 */
export function defineProvider<O extends CallOptions = CallOptions, Id extends ProviderId = ProviderId, E extends string = string>(
  methods: ProviderMethods<O, Id, E>,
): WebhookProvider<O, Id, E> {
  const removals = createRemovalFeed();
  return {
    ...methods,
    async delete(id: string, options?: O): Promise<void> {
      try {
        await methods.delete(id, options);
      } catch (error) {
        // Gone either way: a walk that yielded it must count it as removed.
        if (NotFoundError.isInstance(error) && typeof id === 'string') removals.announce(id);
        throw error;
      }
      removals.announce(id);
    },
    iterate(params: IterateParams = {}, options?: O): AsyncIterable<Webhook> {
      const { maxItems, concurrency, ...filters } = params;
      return paginate<Webhook>({
        fetchPage: (page, signal) => methods.list({ ...filters, page }, { ...options, signal } as O),
        idOf: (webhook) => webhook.id,
        removals,
        ...(maxItems === undefined ? {} : { maxItems }),
        ...(concurrency === undefined ? {} : { concurrency }),
        ...(options?.signal ? { signal: options.signal } : {}),
      });
    },
  };
}
