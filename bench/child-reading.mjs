// Runs a measuring script (heap-child.mjs, iterate-child.mjs) in a fresh `node --expose-gc`
// process and returns the one message it sends: a process per reading, so no reading sees
// another's heap.
import { fork } from 'node:child_process';

/** The message `script` (a file beside this one) sends when run with `args`. */
export function readingFrom(script, args) {
  const child = fork(new URL(`./${script}`, import.meta.url), args.map(String), {
    execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let reading;
    child.on('message', (message) => { reading = message; });
    child.once('error', reject);
    child.once('exit', (code) => (reading ? resolve(reading) : reject(new Error(`${script} ${args.slice(0, 1).join(' ')} exited ${code} without a reading`))));
  });
}
