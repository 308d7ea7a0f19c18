// One reading of row 4, in a fresh process (node --expose-gc): the peak live heap while
// iterate() walks every webhook of a DialNexa simulator, 100 per page. argv: baseUrl, apiKey,
// concurrency, expected count. Fair because the process holds nothing else; a first full walk
// of the same simulator builds what is built once (JIT code, schemas, pooled sockets) before
// the baseline (a first walk of 1,000 or 3,000 items, or of another simulator, left 0.3 MB of
// such one-time growth inside the measured walk); and the live heap (after forced GC) is read
// every 500 items of the second walk, counting what the walk holds then: the pages in flight,
// the ids kept to skip repeats, whatever each request leaves pending. The loop keeps no item,
// as a streaming consumer would. Sends { peak, samples } in bytes, and the same for the data
// alone ({ dataPeak, dataSamples }: compiled code left out, which grows as V8 tiers up hot code).
import { dialnexa } from 'hookbridge/dialnexa';
import { dataHeap, liveHeap } from './live-heap.mjs';

const PAGE_SIZE = 100;
const SAMPLE_EVERY = 500;
const [baseUrl, apiKey, concurrency, expected] = process.argv.slice(2);
const hooks = dialnexa({ apiKey, baseUrl });

async function walk(onItem) {
  let count = 0;
  for await (const _webhook of hooks.iterate({ pageSize: PAGE_SIZE, concurrency: Number(concurrency) })) {
    count++;
    await onItem(count);
  }
  if (count !== Number(expected)) throw new Error(`iterate yielded ${count}, expected ${expected}`);
}

await walk(() => {});
const base = await liveHeap();
const dataBase = dataHeap();
const samples = [];
const dataSamples = [];
await walk(async (count) => {
  if (count % SAMPLE_EVERY !== 0) return;
  samples.push((await liveHeap()) - base);
  dataSamples.push(dataHeap() - dataBase);
});
process.send({ peak: Math.max(...samples), samples, dataPeak: Math.max(...dataSamples), dataSamples }, () => process.exit(0));
