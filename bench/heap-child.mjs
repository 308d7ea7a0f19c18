// One side of row 3, in a fresh process (node --expose-gc): the heap still held after 2,000
// sequential get() calls. argv: side (a sentdm-contenders name), baseUrl, apiKey, webhook id,
// calls. Fair because each side starts from an empty process, is warmed with 600 calls before
// the baseline (so lazily built internals and optimized code are not counted: after 20, bare
// fetch still "held" 0.8 MB of one-time code growth, after 300 0.35 MB),
// uses its default options
// (hookbridge: 30 s timeout), and nothing waits for timers to fire before the second reading:
// whatever a call leaves pending for its timeout is counted. Sends { before, after, spaces }
// (bytes; spaces: the growth of each V8 heap space, to tell data held from code compiled).
import { heapSpaces, liveHeap } from './live-heap.mjs';
import { idIn, sentdmContenders } from './sentdm-contenders.mjs';

const [side, baseUrl, apiKey, id, calls] = process.argv.slice(2);
const WARM_CALLS = 600;
const get = sentdmContenders({ baseUrl, apiKey }, id)[side]();
for (let i = 0; i < WARM_CALLS; i++) {
  if (idIn(await get()) !== id) throw new Error(`heap: ${side} did not get webhook ${id} back`);
}
const before = await liveHeap();
const spacesBefore = heapSpaces();
for (let i = 0; i < Number(calls); i++) await get();
const after = await liveHeap();
const spacesAfter = heapSpaces();
const spaces = Object.fromEntries(Object.entries(spacesAfter).map(([name, bytes]) => [name, bytes - (spacesBefore[name] ?? 0)]));
process.send({ before, after, spaces }, () => process.exit(0));
