// Runs one simulator in its own process, so the benchmark's client measures only itself (its
// heap, its event loop). Talks to the parent over IPC: {fail}, {clearFaults}, {close}.
import { startSimulator } from 'hookbridge/testing';

const sim = await startSimulator(process.argv[2] ?? 'dialnexa', { rateLimit: false });
process.on('message', async (message) => {
  if (message.fail) sim.fail(message.fail);
  if (message.clearFaults) sim.clearFaults();
  if (message.close) { await sim.close(); process.exit(0); }
  process.send({ done: true });
});
process.send({ baseUrl: sim.baseUrl, apiKey: sim.apiKey });
