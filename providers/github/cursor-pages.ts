/** One page as a cursor-paged endpoint gives it: its items, and the cursor of the next page if there is one. */
export interface CursorPage<T> {
  items: T[];
  next?: string;
}

/** Numbered pages over a cursor-paged list: `page(key, n, fetch)`. */
export interface NumberedPages {
  page<T>(key: string, page: number, fetch: (cursor: string | undefined) => Promise<CursorPage<T>>): Promise<{ items: T[]; hasMore: boolean }>;
}

/**
 * Numbered pages over an endpoint that only pages by cursor (GitHub's deliveries). Page 1 is the
 * first request; page N follows N - 1 `next` cursors. The cursors seen are remembered per `key`
 * (a list and its page size), so walking pages in order costs one request each, and page N + 1
 * continues right after the page N the caller saw even when new entries arrived at the top in
 * between. A page past the end is empty, with `hasMore` false. At most `maxKeys` lists are
 * remembered (the oldest forgotten first).
 */
export function numberedPages(maxKeys = 64): NumberedPages {
  // key -> cursors[i] opens page i + 2.
  const cursors = new Map<string, string[]>();
  const known = (key: string): string[] => {
    let list = cursors.get(key);
    if (!list) {
      list = [];
      cursors.set(key, list);
      if (cursors.size > maxKeys) cursors.delete(cursors.keys().next().value!);
    }
    return list;
  };
  return {
    async page(key, page, fetch) {
      const list = known(key);
      let at = Math.min(page, list.length + 1);
      let cursor = at === 1 ? undefined : list[at - 2];
      for (;;) {
        const result = await fetch(cursor);
        if (result.next !== undefined && list.length === at - 1) list.push(result.next);
        if (at === page) return { items: result.items, hasMore: result.next !== undefined };
        if (result.next === undefined) return { items: [], hasMore: false };
        cursor = result.next;
        at++;
      }
    },
  };
}
