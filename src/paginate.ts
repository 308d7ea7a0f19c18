import type { Page } from './model';
import { RecentIds } from './recent-ids';
import type { RemovalFeed } from './removal-feed';
import { YieldedIds } from './yielded-ids';

/**
 * How many of the latest ids a walk remembers, at least, to skip repeats: a page that shifted by
 * more than this many items between two requests could repeat an older one. Four pages when
 * pages are larger, so memory stays flat in the length of the walk, whatever the page size.
 */
export const MIN_ID_WINDOW = 1000;

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
  /** Removals made through the same client while the walk runs, so it reads on from where the items moved. */
  removals?: RemovalFeed;
}

// A page asked for: where it starts in the list as it stood when asked, and how many of the
// walk's own removals were known by then (later ones moved its end, and everything after it, back).
interface Asked<T> {
  start: number;
  removalsBefore: number;
  promise: Promise<Page<T>>;
  controller: AbortController;
}

/**
 * Every item of a paged list, in order. When the first page tells the total, the remaining pages
 * are fetched `concurrency` at a time while items are still yielded in page order, so at most
 * `concurrency` pages (plus a bounded window of the latest ids) are held in memory. Otherwise
 * pages are followed one by one while `hasMore`.
 *
 * Offset pages move when items before them go: deleting each item as it is yielded would make
 * the walk skip the next page's first items. So the walk listens to `removals` (the same
 * client's deletes); once one of its own items is removed, pages fetched ahead are dropped and the
 * next page is the one that now holds the first unseen item, where every earlier removal counted.
 * Breaking out of the loop, or aborting `signal`, stops at once and aborts requests in flight.
 * The same id is not yielded twice within the window of the latest `max(MIN_ID_WINDOW, 4 ×
 * pageSize)` items: older ids are forgotten, so memory does not grow with the walk. Removals of
 * any item the walk yielded are counted, however long ago (a fixed-size filter of every id
 * yielded: a rare false match makes the walk re-read an item, which the window then skips).
 */
export async function* paginate<T>(options: PaginateOptions<T>): AsyncGenerator<T, void, undefined> {
  const { fetchPage, idOf, maxItems = Infinity, signal } = options;
  // `|| 1`: a NaN concurrency would otherwise start no page at all and then await a missing one.
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4)) || 1;
  const walk = new AbortController();
  const onAbort = () => walk.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  // Sized once the first page tells the page size; nothing is yielded before that.
  let seen = new RecentIds(MIN_ID_WINDOW);
  // Removals of yielded items, counted once each (a retried delete announces the same id again).
  // Whether an id was yielded is asked of every id the walk gave, not only the window's: a delete
  // that lags the walk by thousands of items still moves every later page.
  let removals = 0;
  const yieldedIds = options.removals ? new YieldedIds() : undefined;
  const removedIds = new RecentIds(MIN_ID_WINDOW);
  const stopListening = options.removals?.subscribe((id) => {
    if (!yieldedIds!.mayHave(id) || removedIds.has(id)) return;
    removedIds.add(id);
    removals++;
  });
  let yielded = 0;
  const ahead = new Map<number, Asked<T>>();
  const ask = (n: number, pageSize: number): Asked<T> => {
    // The page's own controller, aborted with the walk by a listener removed once the page is
    // in: `AbortSignal.any` would keep each page's signal tied to the walk's until the walk ended,
    // so memory would grow with every page.
    const controller = new AbortController();
    const onWalkAbort = () => controller.abort(walk.signal.reason);
    if (walk.signal.aborted) onWalkAbort();
    else walk.signal.addEventListener('abort', onWalkAbort, { once: true });
    const promise = fetchPage(n, controller.signal);
    const settled = () => walk.signal.removeEventListener('abort', onWalkAbort);
    // A rejected page that is never awaited (we stopped early) must not become an unhandled rejection.
    promise.then(settled, settled);
    return { start: (n - 1) * pageSize, removalsBefore: removals, promise, controller };
  };
  // Pages fetched ahead were cut before the removals: their items may have moved, so they go.
  const dropAhead = () => {
    for (const asked of ahead.values()) asked.controller.abort(new Error('page dropped: items moved'));
    ahead.clear();
  };

  try {
    // An 'abort' listener never fires for a signal that is already aborted.
    signal?.throwIfAborted();
    if (maxItems <= 0) return;
    let asked = ask(1, 0);
    let page = await asked.promise;
    let current = 1;
    const size = page.pageSize;
    if (size * 4 > MIN_ID_WINDOW) seen = new RecentIds(size * 4);
    const lastKnown = page.total !== undefined && size > 0 ? Math.ceil(page.total / size) : undefined;
    const wantedPages = Number.isFinite(maxItems) && size > 0 ? Math.ceil(maxItems / size) : Infinity;
    const last = lastKnown === undefined ? undefined : Math.min(lastKnown, wantedPages);
    let next = 2;
    for (;;) {
      // Refill the window before handing out items, so the network works while the caller does.
      if (last !== undefined && removals === 0) {
        while (next <= last && ahead.size < concurrency) { ahead.set(next, ask(next, size)); next++; }
      }
      for (const item of page.items) {
        // An abort between two items ends the walk there, not at the end of the page.
        signal?.throwIfAborted();
        const id = idOf(item);
        if (seen.has(id)) continue;
        seen.add(id);
        yieldedIds?.add(id);
        yield item;
        signal?.throwIfAborted();
        if (++yielded >= maxItems) return;
      }
      if (removals > 0) {
        dropAhead();
        if (!page.hasMore || page.items.length === 0 || size <= 0) return;
        // Where the first unseen item is now: this page's end, less the removals since it was cut.
        const offset = asked.start + page.items.length - (removals - asked.removalsBefore);
        current = Math.floor(Math.max(0, offset) / size) + 1;
        asked = ask(current, size);
        page = await asked.promise;
        continue;
      }
      if (last !== undefined && current < last) {
        asked = ahead.get(current + 1)!;
        ahead.delete(current + 1);
        page = await asked.promise;
        current += 1;
        continue;
      }
      // Past the known total (items were added meanwhile) or no total at all: follow `hasMore`.
      if (!page.hasMore || page.items.length === 0) return;
      current += 1;
      asked = ask(current, size);
      page = await asked.promise;
    }
  } finally {
    stopListening?.();
    signal?.removeEventListener('abort', onAbort);
    if (ahead.size > 0) {
      // Pages fetched ahead and never read: aborted whether or not they were answered yet.
      walk.abort(new Error('iteration stopped'));
      for (const asked of ahead.values()) asked.controller.abort(walk.signal.reason);
    }
  }
}
