// hookbridge benchmarks: ratios against a baseline measured in the same run (never absolute
// thresholds). Run: npm run bench (builds first). The simulator runs in a child process on 127.0.0.1.
import { fork } from 'node:child_process';
import { createWebhookClient } from 'hookbridge';

const GETS = 2000;
const TOTAL = 10_000;
const PAGE = 100;
const LATENCY_MS = 20;

function startSimulatorProcess(provider) {
  const child = fork(new URL('./simulator-process.mjs', import.meta.url), [provider], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ask = (message) => new Promise((resolve) => { child.once('message', resolve); child.send(message); });
  const exit = () => child.send({ close: true });
  return new Promise((resolve) => child.once('message', (info) => resolve({ ...info, ask, exit })));
}

async function timeIt(label, runs, fn) {
  const start = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  return performance.now() - start;
}

async function overhead(sim, hooks) {
  const { id } = await hooks.create({ url: 'https://bench.example/hook', events: ['call.completed'] });
  const url = `${sim.baseUrl}/user-webhooks/${id}`;
  const headers = { authorization: `Bearer ${sim.apiKey}`, accept: 'application/json' };
  const raw = async () => JSON.parse(await (await fetch(url, { headers })).text());
  const viaHookbridge = () => hooks.get(id);
  await timeIt('warm', 200, raw);
  await timeIt('warm', 200, viaHookbridge);
  // Interleave rounds so drift on a shared machine hits both sides alike.
  let rawMs = 0;
  let hbMs = 0;
  for (let round = 0; round < 4; round++) {
    rawMs += await timeIt('raw', GETS / 4, raw);
    hbMs += await timeIt('hookbridge', GETS / 4, viaHookbridge);
  }
  console.log(`get(): raw fetch + JSON.parse ${(rawMs / GETS * 1000).toFixed(0)} µs/call, ` +
    `hookbridge ${(hbMs / GETS * 1000).toFixed(0)} µs/call -> ratio ${(hbMs / rawMs).toFixed(2)}x (${GETS} calls each)`);
}

async function seed(hooks, count) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const n = next++;
      await hooks.create({ url: `https://bench.example/h/${n}`, events: ['call.completed'], secret: 'whsec_bench_secret_0123456789' });
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
}

async function walk(hooks, concurrency) {
  const start = performance.now();
  let count = 0;
  for await (const _ of hooks.iterate({ pageSize: PAGE, concurrency })) count++;
  if (count !== TOTAL) throw new Error(`iterate yielded ${count}, expected ${TOTAL}`);
  return performance.now() - start;
}

// Live memory, not allocation churn: a forced GC before each sample (so this pass is not timed).
function liveHeap() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

async function peakLiveMb(hooks, concurrency, keep) {
  const base = liveHeap();
  let peak = -Infinity;
  const kept = [];
  let count = 0;
  for await (const webhook of hooks.iterate({ pageSize: PAGE, concurrency })) {
    if (keep) kept.push(webhook);
    if (++count % 1000 === 0) peak = Math.max(peak, liveHeap() - base);
  }
  if (count !== TOTAL) throw new Error(`iterate yielded ${count}, expected ${TOTAL}`);
  return peak / 2 ** 20;
}

const sim = await startSimulatorProcess('dialnexa');
const hooks = createWebhookClient({ provider: 'dialnexa', apiKey: sim.apiKey, baseUrl: sim.baseUrl });
console.log(`hookbridge bench on Node ${process.version}, simulator in a child process on 127.0.0.1\n`);
await overhead(sim, hooks);
await seed(hooks, TOTAL - 1);
await sim.ask({ fail: { kind: 'latency', ms: LATENCY_MS } });
const sequential = await walk(hooks, 1);
const concurrent = await walk(hooks, 4);
console.log(`iterate() over ${TOTAL} webhooks, ${PAGE} per page, ${LATENCY_MS} ms latency per response:`);
console.log(`  one page at a time ${sequential.toFixed(0)} ms, concurrent (4) ${concurrent.toFixed(0)} ms -> ` +
  `${(sequential / concurrent).toFixed(2)}x faster`);
await sim.ask({ clearFaults: true });
await peakLiveMb(hooks, 4, false); // warm-up: lazily created internals are not the iteration's cost
const streaming = await peakLiveMb(hooks, 4, false);
const holding = await peakLiveMb(hooks, 4, true);
console.log(`  peak live heap (after GC) while iterating concurrently: ${streaming.toFixed(2)} MB; ` +
  `a loop that keeps every item: ${holding.toFixed(2)} MB -> ${(streaming / holding).toFixed(2)}x`);
sim.exit();
