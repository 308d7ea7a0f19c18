/**
 * GitHub's `Link` header: `<url>; rel="next", <url>; rel="last"`, each URL the request's own with
 * one query parameter changed (`page`, or `cursor` for the delivery log), so a client can follow
 * it as given.
 * @module
 */

/** `rel` -> query value, in the order GitHub lists them. */
type Rels = Partial<Record<'prev' | 'next' | 'last' | 'first', string>>;

function format(requestUrl: URL, parameter: string, rels: Rels): string | undefined {
  const parts = Object.entries(rels).map(([rel, value]) => {
    const url = new URL(requestUrl);
    url.searchParams.set(parameter, value);
    return `<${url.toString()}>; rel="${rel}"`;
  });
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/**
 * Links for page `page` of `total` items in pages of `perPage`: `prev` and `first` after the
 * first page, `next` and `last` before the last; none when everything fits on one page.
 */
export function pageLinks(requestUrl: URL, page: number, perPage: number, total: number): string | undefined {
  const last = Math.max(1, Math.ceil(total / perPage));
  const rels: Rels = {};
  if (page > 1) rels.prev = String(Math.min(page - 1, last));
  if (page < last) {
    rels.next = String(page + 1);
    rels.last = String(last);
  }
  if (page > 1) rels.first = '1';
  return format(requestUrl, 'page', rels);
}

/** Links of a cursor-paged list: the cursors of the next and previous pages, when there are such pages. */
export function cursorLinks(requestUrl: URL, cursors: { next?: string; prev?: string }): string | undefined {
  const rels: Rels = {};
  if (cursors.prev !== undefined) rels.prev = cursors.prev;
  if (cursors.next !== undefined) rels.next = cursors.next;
  return format(requestUrl, 'cursor', rels);
}
