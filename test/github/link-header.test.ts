import { describe, expect, it } from 'vitest';
import { parseLinkHeader, type ParseMeter } from '../../providers/github/link-header';

const BASE = 'https://api.github.com/repositories/1300192/hooks';

describe('parseLinkHeader', () => {
  it("reads GitHub's header: next, last, first, prev", () => {
    const header = `<${BASE}?page=2>; rel="prev", <${BASE}?page=4>; rel="next", <${BASE}?page=5>; rel="last", <${BASE}?page=1>; rel="first"`;
    expect({ ...parseLinkHeader(header) }).toEqual({
      prev: `${BASE}?page=2`, next: `${BASE}?page=4`, last: `${BASE}?page=5`, first: `${BASE}?page=1`,
    });
  });

  it('reads unquoted and mixed-case rels, spaces anywhere, several rels in one, and keeps the first of a relation', () => {
    const header = ` <a>;rel=next ,<b> ; REL = "Last Other" , <c>; rel="next"`;
    expect({ ...parseLinkHeader(header) }).toEqual({ next: 'a', last: 'b', other: 'b' });
  });

  it('keeps commas and semicolons inside URLs and quoted parameters', () => {
    const header = `<${BASE}?q=a,b;c>; title="x, y; z"; rel="next", <${BASE}?page=9>; rel="last"`;
    expect({ ...parseLinkHeader(header) }).toEqual({ next: `${BASE}?q=a,b;c`, last: `${BASE}?page=9` });
  });

  it('unescapes quoted-pairs in a quoted rel', () => {
    expect(parseLinkHeader('<u>; rel="ne\\xt"').next).toBe('u');
  });

  it.each([
    ['nothing', undefined],
    ['an empty string', ''],
    ['junk', 'this is not a link header'],
    ['an unclosed URL', '<https://api.github.com/x; rel="next"'],
    ['a link without rel', '<https://api.github.com/x>; title="t"'],
  ])('gives no next link for %s, without throwing', (_name, header) => {
    expect(parseLinkHeader(header).next).toBeUndefined();
  });

  it('an unterminated quoted rel runs to the end of the header', () => {
    expect(parseLinkHeader('<u>; rel="next').next).toBe('u');
  });

  it('skips junk between links and still finds the next one', () => {
    expect(parseLinkHeader('garbage, "quoted, junk", <u>; rel="next"').next).toBe('u');
  });

  it('is not fooled by a rel named __proto__ or constructor', () => {
    const links = parseLinkHeader('<a>; rel="__proto__", <b>; rel="constructor"');
    expect(links.__proto__).toBe('a');
    expect(links.constructor).toBe('b');
    expect(links.next).toBeUndefined();
  });

  // CVE-2025-25288: Octokit's Link pattern backtracked on long headers. This parser looks at each
  // character a bounded number of times, whatever the input: counted, not timed.
  it.each([
    ['many opening brackets', '<'.repeat(100_000)],
    ['commas and spaces', ', '.repeat(50_000)],
    ['an endless parameter list', `<u>${'; rel=next'.repeat(10_000)}`],
    ['semicolons without names', `<u>${';'.repeat(100_000)}`],
    ['unterminated quotes', `<u>; rel="${'\\"'.repeat(50_000)}`],
    ['many links', `<${BASE}?page=1>; rel="next", `.repeat(2_000)],
    ['the CVE pattern', `<${'<'.repeat(50_000)}>;${' '.repeat(50_000)}rel=`],
  ])('does work linear in the length for a pathological 100 KB header: %s', (_name, header) => {
    expect(header.length).toBeGreaterThanOrEqual(90_000);
    const meter: ParseMeter = { steps: 0 };
    parseLinkHeader(header, meter);
    expect(meter.steps).toBeGreaterThan(0);
    expect(meter.steps).toBeLessThanOrEqual(8 * header.length);
  });
});

describe('parseLinkHeader work grows with the length, not its square', () => {
  it('twice the header, at most twice the steps (plus a little)', () => {
    const steps = (n: number) => { const meter = { steps: 0 }; parseLinkHeader(`<u>; rel="${'<;, "'.repeat(n)}`, meter); return meter.steps; };
    expect(steps(20_000)).toBeLessThanOrEqual(2 * steps(10_000) + 16);
  });
});
