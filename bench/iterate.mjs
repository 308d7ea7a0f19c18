// Row 4: peak live heap while iterate() walks 10,000 webhooks (DialNexa simulator, 100 per
// page, concurrency 4 and 1), and whether it is flat in N: the same at 2,500, as the ratio
// peak(10k) / peak(2.5k). Each reading is a fresh child process (iterate-child.mjs) against one
// simulator process, seeded through the public create() 32 at a time, first to 2,500 webhooks,
// then on to 10,000. No peer: the figure is absolute, and the flatness ratio is hookbridge to
// itself. Readings run one at a time: how many pages are in flight depends on timing. Flatness
// is judged on the data the heap holds: compiled code (code and trusted spaces) grows with the
// walk as V8 tiers up the hot path, which no library holds or can release; both are printed.
import { dialnexa } from 'hookbridge/dialnexa';
import { readingFrom } from './child-reading.mjs';
import { goal, megabytesRange } from './report.mjs';
import { seedWebhooks, startSimulatorProcess } from './simulator.mjs';
import { median, summarize } from './stats.mjs';

const SMALL = 2500;
const LARGE = 10_000;
// Readings per size (each concurrency): a walk of 10,000 costs seconds, one of 2,500 about one;
// the peak of one reading moves by a page or two in flight, so the median of three is taken at 2,500.
const TRIALS = { [SMALL]: 3, [LARGE]: 1 };

const peakOf = (sim, concurrency, expected) => readingFrom('iterate-child.mjs', [sim.baseUrl, sim.apiKey, concurrency, expected]);

/** Row 4: the peak at 10k for each concurrency, and its ratio to the peak at 2.5k. */
export async function measure({ record, note }) {
  const sim = await startSimulatorProcess('dialnexa');
  try {
    const seeder = dialnexa({ apiKey: sim.apiKey, baseUrl: sim.baseUrl });
    const peaks = { [SMALL]: { 4: [], 1: [] }, [LARGE]: { 4: [], 1: [] } };
    const dataPeaks = { [SMALL]: { 4: [], 1: [] }, [LARGE]: { 4: [], 1: [] } };
    let seeded = 0;
    for (const size of [SMALL, LARGE]) {
      await seedWebhooks(seeder, size - seeded, { offset: seeded });
      seeded = size;
      for (let trial = 0; trial < TRIALS[size]; trial++) {
        for (const concurrency of [4, 1]) {
          const { peak, samples, dataPeak, dataSamples } = await peakOf(sim, concurrency, size);
          peaks[size][concurrency].push(peak);
          dataPeaks[size][concurrency].push(dataPeak);
          // The curve tells retention (a slope) from buffering (a plateau): printed once per walk size.
          if (trial === 0) note(`live heap every 1,000 items, ${size.toLocaleString('en')} webhooks, concurrency ${concurrency} (MB): ` +
            samples.filter((_, i) => i % 2 === 1).map((bytes) => (bytes / 2 ** 20).toFixed(2)).join(' ') +
            '; data alone: ' + dataSamples.filter((_, i) => i % 2 === 1).map((bytes) => (bytes / 2 ** 20).toFixed(2)).join(' '));
        }
      }
    }
    for (const concurrency of [4, 1]) {
      const large = peaks[LARGE][concurrency];
      const small = peaks[SMALL][concurrency];
      const row = `4${concurrency === 4 ? 'a' : 'b'}`;
      record({
        id: row, figure: `iterate() peak live heap, ${LARGE.toLocaleString('en')} webhooks, concurrency ${concurrency}`,
        value: median(large) / 2 ** 20, hookbridge: megabytesRange(large), peer: '—', peerName: 'no peer',
        ratio: null, goal: goal('value', '<=', 1.0, '≤ 1.0 MB'),
      });
      const dataLarge = dataPeaks[LARGE][concurrency];
      const dataSmall = dataPeaks[SMALL][concurrency];
      record({
        id: `${row}-flat`, figure: `iterate() flat in N: data peak at ${LARGE / 1000}k / at ${SMALL / 1000}k, concurrency ${concurrency}`,
        hookbridge: megabytesRange(dataLarge), peer: megabytesRange(dataSmall), peerName: `itself at ${SMALL.toLocaleString('en')}`,
        ratio: summarize(dataLarge.flatMap((l) => dataSmall.map((s) => l / s))), goal: goal('ratio', '<=', 1.25, '≤ 1.25x (flat)'),
      });
      record({
        id: `${row}-code`, figure: `iterate() the same, compiled code included, concurrency ${concurrency}`,
        hookbridge: megabytesRange(large), peer: megabytesRange(small), peerName: `itself at ${SMALL.toLocaleString('en')}`,
        ratio: summarize(large.flatMap((l) => small.map((s) => l / s))), goal: null,
      });
    }
  } finally {
    await sim.exit();
  }
}
