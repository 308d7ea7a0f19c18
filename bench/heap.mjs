// Row 3: heap still held after 2,000 get() calls, hookbridge against the sent.dm SDK and ky
// alone. Each reading is a fresh child process (heap-child.mjs), so no other row's garbage or
// caches are counted, against one simulator process.
import { sentdm } from 'hookbridge/sentdm';
import { readingFrom } from './child-reading.mjs';
import { goal, megabytesRange } from './report.mjs';
import { startSimulatorProcess } from './simulator.mjs';
import { median, summarize } from './stats.mjs';

const CALLS = 2000;
// Side -> readings: three of hookbridge (the median keeps one odd process from moving the
// figure), one of each peer (each reading costs a process and 2,600 calls).
const TRIALS = { hookbridge: 3, sdk: 1, ky: 1 };

const heldBy = (side, sim, id) => readingFrom('heap-child.mjs', [side, sim.baseUrl, sim.apiKey, id, CALLS]);

/** Row 3 and its ky-alone info row. */
export async function measure({ record, note }) {
  const sim = await startSimulatorProcess('sentdm');
  try {
    const { id } = await sentdm({ apiKey: sim.apiKey, baseUrl: sim.baseUrl })
      .create({ url: 'https://bench.example/hook', events: ['message'] });
    const runs = Object.entries(TRIALS).flatMap(([side, trials]) => Array.from({ length: trials }, () => side));
    // One at a time: side by side was no faster on two cores, and timing shifts the readings.
    const readings = [];
    for (const side of runs) readings.push(await heldBy(side, sim, id));
    const of = (side) => readings.filter((_, i) => runs[i] === side);
    const held = Object.fromEntries(Object.keys(TRIALS).map((side) => [side, of(side).map((r) => r.after - r.before)]));
    // Every pairing of readings; a ratio to a peer that holds (next to) nothing says nothing,
    // so below 256 KB (the noise between readings) it is left out.
    const ratioTo = (peer) => (median(held[peer]) > 256 * 1024
      ? summarize(held.hookbridge.flatMap((bytes) => held[peer].map((theirs) => bytes / theirs)))
      : null);
    const figure = `heap still held after ${CALLS.toLocaleString('en')} get() calls (sent.dm, default options)`;
    const base = { value: median(held.hookbridge) / 2 ** 20, hookbridge: megabytesRange(held.hookbridge) };
    record({ id: '3', figure, ...base, peer: megabytesRange(held.sdk), peerName: '@sentdm/sentdm', ratio: ratioTo('sdk'), goal: goal('value', '<', 1, '< 1 MB') });
    record({ id: '3b', figure, ...base, peer: megabytesRange(held.ky), peerName: 'ky alone', ratio: ratioTo('ky'), goal: null });
    // Where the growth sits (first reading of each side): data held, or code compiled late.
    for (const side of Object.keys(TRIALS)) {
      const grown = of(side)[0].spaces;
      const kb = (names) => `${(names.reduce((sum, name) => sum + (grown[name] ?? 0), 0) / 1024).toFixed(0)} KB`;
      note(`${side}: ${kb(['old_space', 'new_space'])} data, ${kb(['large_object_space'])} large objects, ` +
        `${kb(['code_space', 'trusted_space', 'code_large_object_space', 'trusted_large_object_space'])} compiled code`);
    }
  } finally {
    await sim.exit();
  }
}
