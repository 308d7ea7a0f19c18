// Runs one simulator in its own process, so a benchmark's client measures only itself (its
// heap, its event loop, its CPU). The rate limit is off: the bench sends thousands of calls.
// Talks to the parent over IPC: {fail}, {clearFaults}, {close}; each is answered {done}.
import { startSimulator } from 'hookbridge/testing';

const sim = await startSimulator(process.argv[2] ?? 'dialnexa', { rateLimit: false });
process.on('message', async (message) => {
  if (message.fail) sim.fail(message.fail);
  if (message.clearFaults) sim.clearFaults();
  if (message.close) { await sim.close(); process.exit(0); }
  process.send({ done: true });
});
// A parent that dies without {close} must not leave a server behind.
process.on('disconnect', () => process.exit(0));
process.send({ baseUrl: sim.baseUrl, apiKey: sim.apiKey });
