/** Bits in the filter: 16 KB, whatever the length of the walk. */
const BITS = 1 << 17;
/** Bits set per id: with 2^17 bits, about 0.5% false positives after 10,000 ids, 4% after 30,000. */
const PROBES = 4;

// FNV-1a over the UTF-16 code units, with two offset bases: two independent 32-bit hashes, from
// which every probe is derived (h1 + i·h2), as a Bloom filter needs.
function hashes(id: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < id.length; i++) {
    const code = id.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193);
  }
  return [a >>> 0, (b | 1) >>> 0];
}

/**
 * Every id a walk handed out, in fixed memory (a Bloom filter): `mayHave` is true for every id
 * added, and for a few others. A walk counts a removal when the removed id may be one it
 * yielded: an id it did yield is always counted, however long ago, so later pages never start
 * past an item it has not seen; a false positive only makes it re-read an item, which the
 * window of recent ids skips.
 */
export class YieldedIds {
  readonly #bits = new Uint32Array(BITS / 32);

  add(id: string): void {
    const [h1, h2] = hashes(id);
    for (let i = 0; i < PROBES; i++) {
      const bit = (h1 + i * h2) % BITS;
      this.#bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  /** False only for an id never added. */
  mayHave(id: string): boolean {
    const [h1, h2] = hashes(id);
    for (let i = 0; i < PROBES; i++) {
      const bit = (h1 + i * h2) % BITS;
      if ((this.#bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}
