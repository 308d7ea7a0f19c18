/** One page cut from a complete list, with the numbers both providers report. */
export interface PageSlice<T> {
  items: T[];
  total: number;
  totalPages: number;
  hasMore: boolean;
}

/** Page `page` (1-based) of `size` items from `all`; a page past the end is empty. */
export function slicePage<T>(all: readonly T[], page: number, size: number): PageSlice<T> {
  const start = (page - 1) * size;
  const totalPages = Math.ceil(all.length / size);
  return { items: all.slice(start, start + size), total: all.length, totalPages, hasMore: page < totalPages };
}
