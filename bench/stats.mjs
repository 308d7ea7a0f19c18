// Statistics and the interleaved runner every timed row uses.
// Fairness: on a shared 2-core machine (other jobs keep the load at 3-5) the speed drifts by
// tens of percent within seconds, and a time slice lost to another process costs one side a few
// milliseconds at random. A ratio is therefore never "total A / total B": the sides take turns
// in slices of a millisecond or two (order rotated, so none always runs first), each slice is
// paired with the other side's slice next to it, a round's ratio is the median of its paired
// slice ratios (a slice that lost the CPU is an outlier, not a result), and a row reports the
// median over rounds with their spread. The cost: a young-generation GC pause that lands in a
// slice is left out with it; at one scavenge per hundred-odd calls that is well under 1%.

/** The q-quantile (0..1) of `values`, linear between the two nearest ranks. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/** Median, quartiles and extremes of `values`. */
export function summarize(values) {
  return {
    median: quantile(values, 0.5),
    p25: quantile(values, 0.25),
    p75: quantile(values, 0.75),
    min: Math.min(...values),
    max: Math.max(...values),
    n: values.length,
  };
}

// Awaits only what returns a promise: a synchronous peer (standardwebhooks) is not charged a
// microtask turn per call that its users would never pay.
async function runOps(fn, ops) {
  const start = performance.now();
  for (let i = 0; i < ops; i++) {
    const result = fn();
    if (result !== null && typeof result === 'object' && typeof result.then === 'function') await result;
  }
  return performance.now() - start;
}

/**
 * Sizes the slices of `interleave`: runs every side for about `warmMs` first (which also warms
 * the JIT), then returns how many calls of the slowest side take about `sliceMs` (at least 1).
 */
export async function calibrate(sides, { warmMs = 150, sliceMs = 1 } = {}) {
  let slowest = 0;
  for (const fn of Object.values(sides)) {
    let ops = 0;
    let elapsed = 0;
    while (elapsed < warmMs) {
      const batch = Math.max(1, ops);
      elapsed += await runOps(fn, batch);
      ops += batch;
    }
    slowest = Math.max(slowest, elapsed / ops);
  }
  return Math.max(1, Math.round(sliceMs / slowest));
}

/**
 * Runs `rounds` rounds of `slices` slices; in each slice every side makes `batch` calls in a
 * row, the order rotated from slice to slice, so sides take turns every millisecond or two.
 * Returns `{ perOp(side), ratio(a, b) }`: a side's milliseconds per call (median over rounds of
 * its median slice), and the summary over rounds of each round's median of the paired slice
 * ratios a/b (slice i of a against slice i of b, run next to each other).
 */
export async function interleave(sides, { rounds, slices, batch }) {
  const names = Object.keys(sides);
  // times[side][round][slice]: milliseconds per call in that slice.
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of names) times[name].push([]);
    for (let slice = 0; slice < slices; slice++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(slice + k) % names.length];
        times[name][round].push((await runOps(sides[name], batch)) / batch);
      }
    }
  }
  return {
    perOp: (side) => median(times[side].map((round) => median(round))),
    ratio: (a, b) => summarize(times[a].map((round, r) => median(round.map((ms, i) => ms / times[b][r][i])))),
  };
}

/** Per-round ratios a[r] / b[r], summarized. */
export function ratioSummary(a, b) {
  return summarize(a.map((value, round) => value / b[round]));
}

/** Median of `values`. */
export const median = (values) => quantile(values, 0.5);
