// How a bench row is written down: one line as it is measured, one markdown table at the end.
// A row is plain data (it crosses process boundaries over IPC): the figure, both sides' values
// already formatted, the per-round ratio summary, and the goal as data, judged here only.
import { summarize } from './stats.mjs';

/** A row's goal: `on` the ratio's median or on hookbridge's own value, `op` one of <, <=, >=. */
export const goal = (on, op, limit, text) => ({ on, op, limit, text });

const COMPARE = { '<': (a, b) => a < b, '<=': (a, b) => a <= b, '>=': (a, b) => a >= b };

/** PASS, MISS, or `info` for a row with no goal. */
export function verdict(row) {
  if (!row.goal) return 'info';
  const value = row.goal.on === 'ratio' ? row.ratio?.median : row.value;
  if (typeof value !== 'number' || Number.isNaN(value)) return 'MISS';
  return COMPARE[row.goal.op](value, row.goal.limit) ? 'PASS' : 'MISS';
}

const fixed = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : String(value));

/** `0.85x [0.82–0.88]`: the median of the per-round ratios and their interquartile range. */
export function formatRatio(ratio) {
  if (!ratio) return '—';
  if (ratio.n === 1 || ratio.p25 === ratio.p75) return `${fixed(ratio.median)}x`;
  return `${fixed(ratio.median)}x [${fixed(ratio.p25)}–${fixed(ratio.p75)}]`;
}

/** Microseconds per call, from milliseconds. */
export const micros = (ms) => `${fixed(ms * 1000, ms < 0.01 ? 2 : 1)} µs`;
/** Calls per second, from milliseconds per call. */
export const perSecond = (ms) => {
  const rate = 1000 / ms;
  return rate >= 10_000 ? `${fixed(rate / 1000, 0)}k/s` : `${fixed(rate, 0)}/s`;
};
/** Megabytes (2^20) with a sign, from bytes. */
export const megabytes = (bytes) => `${fixed(bytes / 2 ** 20, 3)} MB`;
/** Megabytes of the median of `values` (bytes) with their range, e.g. `0.412 MB [0.401–0.430]`. */
export function megabytesRange(values) {
  const { median, min, max } = summarize(values);
  return min === max ? megabytes(median) : `${megabytes(median)} [${fixed(min / 2 ** 20, 3)}–${fixed(max / 2 ** 20, 3)}]`;
}
/** Kilobytes (1000, as bundle sizes are quoted), from bytes. */
export const kilobytes = (bytes) => `${fixed(bytes / 1000, 1)} KB`;

/** The line printed when a row is measured. */
export function rowLine(row) {
  const spread = row.ratio && row.ratio.n > 1 ? ` (min–max ${fixed(row.ratio.min)}–${fixed(row.ratio.max)}, ${row.ratio.n} rounds)` : '';
  const judged = row.goal ? `, goal ${row.goal.text}: ${verdict(row)}` : ' (info)';
  const peer = row.peer === '—' ? '' : `, ${row.peerName} ${row.peer}`;
  const ratio = row.ratio ? ` -> ${formatRatio(row.ratio)}${spread}` : '';
  return `  [${row.id}] ${row.figure}: hookbridge ${row.hookbridge}${peer}${ratio}${judged}`;
}

const cell = (text) => String(text).replaceAll('|', '\\|');

/** Every row as one markdown table, ready to paste into a note. */
export function summaryTable(rows) {
  const lines = [
    '| # | figure | hookbridge | peer | ratio median [p25–p75] | goal | result |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const peer = row.peer === '—' ? '—' : `${row.peer} (${row.peerName})`;
    lines.push(`| ${[row.id, row.figure, row.hookbridge, peer, formatRatio(row.ratio),
      row.goal?.text ?? 'info', verdict(row)].map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}
