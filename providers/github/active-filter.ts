import type { CallOptions, IterateParams, Webhook } from '../../src/model';
import type { WebhookProvider } from '../../src/provider';

async function* keepActive(all: AsyncIterable<Webhook>, active: boolean, maxItems: number): AsyncGenerator<Webhook, void, undefined> {
  if (maxItems <= 0) return;
  let kept = 0;
  // Leaving this loop early returns `all`, which aborts the page walk under it.
  for await (const webhook of all) {
    if (webhook.active !== active) continue;
    yield webhook;
    if (++kept >= maxItems) return;
  }
}

/**
 * `provider` with an `iterate` that honours `active` across pages. GitHub has no such filter, so
 * `list` filters each page it gets; a page left empty by the filter would end the generic walk
 * (an empty page means "done"), so with `active` the walk goes over every hook and filters the
 * stream, `maxItems` counting only the hooks kept.
 */
export function withActiveFilter<O extends CallOptions, P extends WebhookProvider<O, any, any>>(provider: P): P {
  return {
    ...provider,
    iterate(params: IterateParams = {}, options?: O) {
      const { active, maxItems, ...rest } = params;
      if (active === undefined) return provider.iterate(params, options);
      return keepActive(provider.iterate(rest, options), active, maxItems ?? Infinity);
    },
  };
}
