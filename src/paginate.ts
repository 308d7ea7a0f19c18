import type { Page } from './model';

/** How `paginate` fetches one page. */
export type PageFetcher<T> = (page: number, signal: AbortSignal) => Promise<Page<T>>;

/** Options for `paginate`. */
export interface PaginateOptions<T> {
  fetchPage: PageFetcher<T>;
  /** Identity for de-duplication across pages that shift while we read them. */
  idOf: (item: T) => string;
  maxItems?: number;
  /** Pages in flight at once when the total is known (default 4). */
  concurrency?: number;
  signal?: AbortSignal;
}

/**
 * Every item of a paged list, in order. When the first page tells the total, the remaining pages
 * are fetched `concurrency` at a time while items are still yielded in page order, so at most
 * `concurrency` pages (plus the ids already yielded) are held in memory. Otherwise pages are
 * followed one by one while `hasMore`.
 * Breaking out of the loop aborts requests in flight; the same id is never yielded twice (items
 * shift between pages when others are created or deleted during the walk).
 */
export async function* paginate<T>(options: PaginateOptions<T>): AsyncGenerator<T, void, undefined> {
  const { fetchPage, idOf, maxItems = Infinity } = options;
  // `|| 1`: a NaN concurrency would otherwise start no page at all and then await a missing one.
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4)) || 1;
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const seen = new Set<string>();
  let yielded = 0;
  const inFlight = new Map<number, Promise<Page<T>>>();
  // A rejected page that is never awaited (we stopped early) must not become an unhandled rejection.
  const start = (n: number) => {
    const promise = fetchPage(n, controller.signal);
    promise.catch(() => {});
    inFlight.set(n, promise);
  };

  try {
    // An 'abort' listener never fires for a signal that is already aborted.
    options.signal?.throwIfAborted();
    if (maxItems <= 0) return;
    let page = await fetchPage(1, controller.signal);
    let current = 1;
    const lastKnown = page.total !== undefined && page.pageSize > 0 ? Math.ceil(page.total / page.pageSize) : undefined;
    const wantedPages = Number.isFinite(maxItems) && page.pageSize > 0 ? Math.ceil(maxItems / page.pageSize) : Infinity;
    const last = lastKnown === undefined ? undefined : Math.min(lastKnown, wantedPages);
    let next = 2;
    for (;;) {
      // Refill the window before handing out items, so the network works while the caller does.
      if (last !== undefined) while (next <= last && inFlight.size < concurrency) start(next++);
      for (const item of page.items) {
        const id = idOf(item);
        if (seen.has(id)) continue;
        seen.add(id);
        yield item;
        if (++yielded >= maxItems) return;
      }
      if (last !== undefined && current < last) {
        const promise = inFlight.get(current + 1)!;
        inFlight.delete(current + 1);
        page = await promise;
        current += 1;
        continue;
      }
      // Past the known total (items were added meanwhile) or no total at all: follow `hasMore`.
      if (!page.hasMore || page.items.length === 0) return;
      current += 1;
      page = await fetchPage(current, controller.signal);
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    if (inFlight.size > 0) controller.abort(new Error('iteration stopped'));
  }
}
