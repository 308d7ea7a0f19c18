/** Counts the characters a parse looks at, so tests can bound its work without timing it. */
export interface ParseMeter {
  steps: number;
}

const isSpace = (code: number) => code === 0x20 || code === 0x09;

/**
 * The links of an HTTP `Link` header (`<https://...?page=2>; rel="next", <...>; rel="last"`),
 * relation type -> URL; the first link of a relation wins and a `rel` naming several (`"next
 * last"`) gives each. One pass from left to right, every character looked at a bounded number of
 * times: no regular expression, so a hostile header (a proxy's, a mock's) costs time in
 * proportion to its length, unlike the backtracking pattern of CVE-2025-25288. Anything that is
 * not a `<url>` followed by `;` parameters is skipped up to the next comma.
 *
 * @example
 * parseLinkHeader('<https://api.github.com/repos/o/r/hooks?page=2>; rel="next"').next
 * // 'https://api.github.com/repos/o/r/hooks?page=2'
 */
export function parseLinkHeader(header: string | null | undefined, meter: ParseMeter = { steps: 0 }): Record<string, string> {
  const links: Record<string, string> = Object.create(null) as Record<string, string>;
  if (!header) return links;
  const text = header;
  const end = text.length;
  let i = 0;
  const at = (index: number) => { meter.steps++; return text.charCodeAt(index); };
  const skipSpaces = () => { while (i < end && isSpace(at(i))) i++; };
  // Past the next top-level comma (a quoted comma does not count).
  const skipToNextLink = () => {
    let quoted = false;
    while (i < end) {
      const code = at(i++);
      if (code === 0x5c /* \ */ && quoted) i++;
      else if (code === 0x22 /* " */) quoted = !quoted;
      else if (code === 0x2c /* , */ && !quoted) return;
    }
  };
  // A token up to one of `stops` or a space.
  const readToken = (stops: readonly number[]) => {
    const start = i;
    while (i < end) {
      const code = at(i);
      if (isSpace(code) || stops.includes(code)) break;
      i++;
    }
    return text.slice(start, i);
  };
  const readQuoted = () => {
    i++; // the opening quote
    let value = '';
    let start = i;
    while (i < end) {
      const code = at(i);
      if (code === 0x22) { value += text.slice(start, i); i++; return value; }
      if (code === 0x5c && i + 1 < end) { value += text.slice(start, i); start = i + 1; i += 2; continue; }
      i++;
    }
    return value + text.slice(start, i); // unterminated: take the rest
  };

  while (i < end) {
    skipSpaces();
    if (i >= end) break;
    if (at(i) === 0x2c) { i++; continue; }
    if (at(i) !== 0x3c /* < */) { skipToNextLink(); continue; }
    const urlStart = ++i;
    while (i < end && at(i) !== 0x3e /* > */) i++;
    if (i >= end) break; // no closing `>`: not a link
    const url = text.slice(urlStart, i++);
    const rels: string[] = [];
    for (;;) {
      skipSpaces();
      if (i >= end || at(i) !== 0x3b /* ; */) break;
      i++;
      skipSpaces();
      const name = readToken([0x3d, 0x3b, 0x2c]).toLowerCase();
      skipSpaces();
      let value = '';
      if (i < end && at(i) === 0x3d /* = */) {
        i++;
        skipSpaces();
        value = i < end && at(i) === 0x22 ? readQuoted() : readToken([0x3b, 0x2c]);
      }
      if (name === 'rel') for (const rel of value.toLowerCase().split(' ')) if (rel) rels.push(rel);
    }
    for (const rel of rels) if (!(rel in links)) links[rel] = url;
    skipToNextLink();
  }
  return links;
}
