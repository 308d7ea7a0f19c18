// Row 9: cold import of 'hookbridge' against cold import of '@sentdm/sentdm', plus
// 'hookbridge/sentdm' and 'hookbridge/verify' (info). Each sample is a fresh `node` process
// (process.execPath, no inherited NODE_OPTIONS or compile cache) that times the dynamic import
// alone (cold-import-child.mjs). Fair because the modules take turns, one sample each per
// round with the order rotated, for 15 rounds, after one unrecorded round that puts every file
// in the OS cache for all alike; ratio per round = ours / the SDK's.
import { execFile } from 'node:child_process';
import { goal } from './report.mjs';
import { median, ratioSummary } from './stats.mjs';

const ROUNDS = 15;
const MODULES = { hookbridge: 'hookbridge', sdk: '@sentdm/sentdm', 'hookbridge/sentdm': 'hookbridge/sentdm', 'hookbridge/verify': 'hookbridge/verify' };
const CHILD = new URL('./cold-import-child.mjs', import.meta.url);

const env = { ...process.env };
delete env.NODE_OPTIONS;
delete env.NODE_COMPILE_CACHE;

function sample(specifier) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CHILD.pathname, specifier], { env }, (error, stdout) => {
      if (error) reject(new Error(`cold import of ${specifier} failed: ${error.message}`));
      else resolve(Number(stdout));
    });
  });
}

const ms = (value) => `${value.toFixed(1)} ms`;

/** Row 9 and its info rows. */
export async function measure({ record }) {
  const names = Object.keys(MODULES);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = -1; round < ROUNDS; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(Math.max(round, 0) + k) % names.length];
      const took = await sample(MODULES[name]);
      if (round >= 0) times[name].push(took);
    }
  }
  const rowOf = (id, name, goalOf) => ({
    id, figure: `cold import('${MODULES[name]}')`, value: median(times[name]), hookbridge: ms(median(times[name])),
    peer: ms(median(times.sdk)), peerName: "import('@sentdm/sentdm')", ratio: ratioSummary(times[name], times.sdk), goal: goalOf,
  });
  record(rowOf('9', 'hookbridge', goal('ratio', '<=', 1.0, '≤ 1.0x')));
  record(rowOf('9b', 'hookbridge/sentdm', null));
  record(rowOf('9c', 'hookbridge/verify', null));
}
