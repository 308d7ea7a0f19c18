// hookbridge benchmarks: every figure is a ratio against a peer measured in the same run, in
// interleaved rounds, reported as the median of the per-round ratios with its spread.
// Run: npm run bench (builds dist/ first); a few groups: npm run bench -- --only verify,sizes;
// a CPU profile of one group: npm run bench -- --only get --profile get (writes .cpuprofile files).
// Each group runs in a child process of its own (group-process.mjs); the simulators run in
// further child processes on 127.0.0.1. Ends with a markdown table of every row.
import { fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { summaryTable, verdict } from './report.mjs';

/** Group name -> its module in bench/ and what it measures; the order is the run's order. */
const GROUPS = {
  get: ['get-overhead.mjs', 'rows 1-2: get() time per call against the sent.dm SDK and ky alone'],
  heap: ['heap.mjs', 'row 3: heap still held after 2,000 get() calls'],
  iterate: ['iterate.mjs', 'row 4: peak live heap while iterating 10,000 webhooks, and flatness in N'],
  verify: ['verify.mjs', 'rows 5-8: delivery verification throughput against standardwebhooks, svix, node:crypto, octokit'],
  'cold-import': ['cold-import.mjs', 'row 9: cold import time against the sent.dm SDK'],
  sizes: ['sizes.mjs', 'row 10: min+gz bundle sizes against standardwebhooks and the sent.dm SDK'],
};

function optionValue(name) {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (at === -1) return undefined;
  return args[at].includes('=') ? args[at].slice(name.length + 1) : args[at + 1];
}

function namesIn(option, label) {
  const value = optionValue(option);
  if (value === undefined) return undefined;
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(name in GROUPS));
  if (unknown.length > 0) {
    console.error(`${label}: unknown group ${unknown.join(', ')}; the groups are ${Object.keys(GROUPS).join(', ')}`);
    process.exit(2);
  }
  return names;
}

const only = namesIn('--only', '--only') ?? Object.keys(GROUPS);
const profiled = new Set(namesIn('--profile', '--profile') ?? []);
const profileDir = profiled.size > 0 ? mkdtempSync(join(tmpdir(), 'hookbridge-bench-profile-')) : undefined;

function runGroup(name) {
  const execArgv = ['--expose-gc', ...(profiled.has(name) ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])];
  const child = fork(new URL('./group-process.mjs', import.meta.url), [GROUPS[name][0]], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    let rows;
    child.on('message', (message) => { rows = message.rows; });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 && rows ? resolve(rows) : reject(new Error(`bench group ${name} failed (exit ${code})`))));
  });
}

const started = performance.now();
console.log(`hookbridge bench on Node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
console.log('ratio = median of per-round ratios [p25–p75]; time ratios are hookbridge/peer (lower is better),');
console.log('throughput ratios are hookbridge/peer (higher is better).\n');
const rows = [];
const failed = [];
for (const name of only) {
  const groupStart = performance.now();
  console.log(`${name}: ${GROUPS[name][1]}`);
  try {
    rows.push(...(await runGroup(name)));
  } catch (error) {
    failed.push(name);
    console.log(`  ${error.message}`);
  }
  console.log(`  (${((performance.now() - groupStart) / 1000).toFixed(1)} s)\n`);
}
const seconds = (performance.now() - started) / 1000;
console.log(summaryTable(rows));
const judged = rows.filter((row) => verdict(row) !== 'info');
const passed = judged.filter((row) => verdict(row) === 'PASS').length;
console.log(`\n${passed}/${judged.length} goals met; ${seconds.toFixed(1)} s in all; load average now ${loadavg()[0].toFixed(2)}.`);
if (profileDir) console.log(`CPU profiles (open in Chrome DevTools or speedscope): ${profileDir}`);
if (failed.length > 0) {
  console.log(`groups that failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
