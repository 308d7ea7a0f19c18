/**
 * A nock-served DialNexa list of `total` webhooks (`wh_1`...), for the iterate tests. It records
 * which pages were asked for, in what order they were answered, and how many were open at once.
 */
import nock from 'nock';
import { ORIGIN, wireWebhook } from './support';

export interface PagedServerOptions {
  total: number;
  /** `meta` (with the total), or the reference example's bare `{data}`. */
  envelope?: 'meta' | 'bare';
  /** How long each page takes to answer, in ms (default 0). */
  delays?: Record<number, number>;
  /** Replaces a page's items (to repeat ids across pages). */
  items?: Record<number, string[]>;
}

export function pagedServer(options: PagedServerOptions) {
  const requested: number[] = [];
  const answered: number[] = [];
  let open = 0;
  let maxOpen = 0;
  const scope = nock(ORIGIN).get('/v1/user-webhooks').query(true).times(1000).reply(async (request: Request) => {
    const query = new URL(request.url).searchParams;
    const page = Number(query.get('page'));
    const limit = Number(query.get('limit'));
    requested.push(page);
    maxOpen = Math.max(maxOpen, ++open);
    const delay = options.delays?.[page] ?? 0;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    open--;
    answered.push(page);
    const start = (page - 1) * limit;
    const ids = options.items?.[page] ??
      Array.from({ length: Math.max(0, Math.min(limit, options.total - start)) }, (_, i) => `wh_${start + i + 1}`);
    const data = ids.map((id) => wireWebhook(id));
    const body = options.envelope === 'bare' ? { data } : { data, meta: { page, limit, total: options.total } };
    return [200, body];
  });
  return { scope, requested, answered, maxOpen: () => maxOpen };
}

export const ids = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => `wh_${from + i}`);

/** Every id an iteration yields, in order. */
export async function collectIds(iterable: AsyncIterable<{ id: string }>): Promise<string[]> {
  const out: string[] = [];
  for await (const webhook of iterable) out.push(webhook.id);
  return out;
}
