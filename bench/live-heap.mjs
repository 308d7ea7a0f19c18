// Live heap, not allocation churn: what is still reachable after full collections. One gc()
// is not enough: FinalizationRegistry callbacks (Node's fetch registers response bodies) and
// the weak references they clear only run as tasks after a GC, and what they release needs the
// next GC. So collect, give the event loop a turn and a 1 ms timer tick (never long enough for
// a request's timeout), and repeat until the reading stops falling: measured, one or two
// rounds left up to 1 MB of such garbage counted and settling took four to six; under heavy
// load one reading still came out 1 MB off, so two calm rounds in a row are required. Needs
// node --expose-gc.
import { getHeapSpaceStatistics } from 'node:v8';

const SETTLED_BYTES = 16 * 1024;
const MAX_ROUNDS = 12;
const turn = () => new Promise((resolve) => setImmediate(resolve));
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

/** Bytes of V8 heap still in use after forced full collections, once they stop freeing more. */
export async function liveHeap() {
  if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
  let previous = Infinity;
  let calm = 0;
  for (let round = 0; ; round++) {
    globalThis.gc();
    const used = process.memoryUsage().heapUsed;
    // Settled: two rounds in a row freed (next to) nothing, after at least four collections.
    calm = previous - used < SETTLED_BYTES ? calm + 1 : 0;
    if ((round >= 3 && calm >= 2) || round === MAX_ROUNDS - 1) return used;
    previous = used;
    await turn();
    await tick();
  }
}

/** Bytes in use per V8 heap space (old_space holds data; code_space and trusted_space, compiled code). */
export function heapSpaces() {
  return Object.fromEntries(getHeapSpaceStatistics().map((space) => [space.space_name, space.space_used_size]));
}

// Compiled code lives in code_space and trusted_space (bytecode and its metadata): it grows as V8
// compiles more of the program and tiers hot functions up, which is not data the program holds.
const CODE_SPACE = /code|trusted|read_only/;

/** Bytes of data the heap holds (every space but compiled code's); read right after `liveHeap()`. */
export function dataHeap() {
  return getHeapSpaceStatistics().filter((space) => !CODE_SPACE.test(space.space_name)).reduce((sum, space) => sum + space.space_used_size, 0);
}
