// Starts a provider simulator in a child process on 127.0.0.1 (see simulator-process.mjs), so
// the server's work never lands on the measured process's heap or event loop.
import { fork } from 'node:child_process';

/** `{ baseUrl, apiKey, ask(message), exit() }` for a simulator of `provider` in its own process. */
export function startSimulatorProcess(provider) {
  // execArgv [] so a profiled or --expose-gc parent does not pass its flags to the server.
  const child = fork(new URL('./simulator-process.mjs', import.meta.url), [provider], {
    execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = (message) => new Promise((resolve) => { child.once('message', resolve); child.send(message); });
  const exit = () => new Promise((resolve) => {
    child.once('exit', resolve);
    child.send({ close: true });
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the ${provider} simulator exited (${code}) before it started`)));
    child.once('message', (info) => resolve({ ...info, ask, exit }));
  });
}

/** Creates `count` webhooks through `hooks`, 32 requests in flight (as a real seeding script would). */
export async function seedWebhooks(hooks, count, { offset = 0, events = ['call.completed'] } = {}) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const n = offset + next++;
      await hooks.create({ url: `https://bench.example/h/${n}`, events, secret: 'whsec_bench_secret_0123456789' });
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
}
