// Rows 1-2: the time one get() takes, against the official sent.dm SDK and against ky alone
// doing the same request, plus bare fetch as the floor (info), and DialNexa's get() against
// bare fetch (info).
// Fair because: every side talks to the same simulator process on 127.0.0.1 (so the server's
// cost is the same for all and lands on another process), every side is checked once to really
// get the webhook back, each is warmed before timing, and the sides take turns a few calls at a
// time (stats.mjs: paired slices, median per round, median over 30 rounds) so the machine's
// drift hits them alike. Time ratios: hookbridge / peer, lower is better.
import { dialnexa } from 'hookbridge/dialnexa';
import { sentdm } from 'hookbridge/sentdm';
import { goal, micros } from './report.mjs';
import { idIn, sentdmContenders } from './sentdm-contenders.mjs';
import { startSimulatorProcess } from './simulator.mjs';
import { calibrate, interleave } from './stats.mjs';

const ROUNDS = 30;

async function checkedSides(factories, id) {
  const sides = {};
  for (const [name, make] of Object.entries(factories)) {
    const fn = make();
    const got = idIn(await fn());
    if (got !== id) throw new Error(`get-overhead: ${name} did not get webhook ${id} back (got ${got})`);
    sides[name] = fn;
  }
  return sides;
}

function timeRow(id, figure, timing, side, peer, peerName, goalOf) {
  return {
    id, figure, value: timing.perOp(side), hookbridge: micros(timing.perOp(side)),
    peer: micros(timing.perOp(peer)), peerName, ratio: timing.ratio(side, peer), goal: goalOf,
  };
}

async function sentdmRows(record) {
  const sim = await startSimulatorProcess('sentdm');
  try {
    const { id } = await sentdm({ apiKey: sim.apiKey, baseUrl: sim.baseUrl })
      .create({ url: 'https://bench.example/hook', events: ['message'] });
    const sides = await checkedSides(sentdmContenders(sim, id), id);
    const batch = await calibrate(sides, { warmMs: 300, sliceMs: 2 });
    const timing = await interleave(sides, { rounds: ROUNDS, slices: 20, batch });
    const figure = 'sent.dm get(), time per call';
    record(timeRow('1', `${figure}, vs official SDK`, timing, 'hookbridge', 'sdk', '@sentdm/sentdm', goal('ratio', '<=', 0.9, '≤ 0.90x')));
    record(timeRow('2', `${figure}, vs ky alone`, timing, 'hookbridge', 'ky', 'ky + JSON.parse', goal('ratio', '<=', 1.1, '≤ 1.10x')));
    record(timeRow('2b', `${figure}, vs bare fetch`, timing, 'hookbridge', 'fetch', 'fetch + JSON.parse', null));
    record(timeRow('2c', 'sent.dm GET, official SDK vs bare fetch', timing, 'sdk', 'fetch', 'fetch + JSON.parse', null));
  } finally {
    await sim.exit();
  }
}

async function dialnexaRow(record) {
  const sim = await startSimulatorProcess('dialnexa');
  try {
    const hooks = dialnexa({ apiKey: sim.apiKey, baseUrl: sim.baseUrl });
    const { id } = await hooks.create({ url: 'https://bench.example/hook', events: ['call.completed'] });
    const url = `${sim.baseUrl}/user-webhooks/${encodeURIComponent(id)}`;
    const headers = { accept: 'application/json', authorization: `Bearer ${sim.apiKey}` };
    const sides = await checkedSides({
      hookbridge: () => () => hooks.get(id),
      fetch: () => async () => JSON.parse(await (await fetch(url, { headers })).text()),
    }, id);
    const batch = await calibrate(sides, { warmMs: 300, sliceMs: 2 });
    const timing = await interleave(sides, { rounds: 15, slices: 20, batch });
    record(timeRow('2d', 'DialNexa get(), time per call, vs bare fetch', timing, 'hookbridge', 'fetch', 'fetch + JSON.parse', null));
  } finally {
    await sim.exit();
  }
}

/** Rows 1, 2 and their info rows. */
export async function measure({ record }) {
  await sentdmRows(record);
  await dialnexaRow(record);
}
