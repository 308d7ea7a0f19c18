import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A redis-server this test run started, on 127.0.0.1, persisting nothing. */
export interface RedisServer {
  /** `redis://127.0.0.1:PORT` */
  url: string;
  port: number;
  /** Stops the server (SIGTERM, then SIGKILL after 2 s). Safe to call twice. */
  stop(): Promise<void>;
}

const READY = /Ready to accept connections/;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function stopper(child: ChildProcess): () => Promise<void> {
  let stopped: Promise<void> | undefined;
  return () => {
    stopped ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill('SIGKILL'), 2_000);
      child.once('exit', () => { clearTimeout(kill); resolve(); });
      child.kill('SIGTERM');
    });
    return stopped;
  };
}

async function startOn(port: number, command: string): Promise<RedisServer> {
  // --save '' and --appendonly no: nothing is written to disk; --dir keeps any stray file out of the repo.
  const child = spawn(command, [
    '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', '/tmp', '--protected-mode', 'yes',
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const fail = (why: string) => reject(new Error(`redis-server did not start on 127.0.0.1:${port}: ${why}\n${output}`));
    const timer = setTimeout(() => { child.kill('SIGKILL'); fail('not ready after 10 s'); }, 10_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (READY.test(output)) { clearTimeout(timer); resolve(); }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('error', (error) => {
      clearTimeout(timer);
      fail((error as NodeJS.ErrnoException).code === 'ENOENT'
        ? `${command} is not on PATH (npm test installs redis-server: see scripts/ensure-redis.mjs)` : error.message);
    });
    child.once('exit', (code, signal) => { clearTimeout(timer); fail(`it exited (${signal ?? code})`); });
  });
  child.removeAllListeners('exit');
  return { url: `redis://127.0.0.1:${port}`, port, stop: stopper(child) };
}

/**
 * Starts a redis-server of its own on a free 127.0.0.1 port. Fails loudly, never skips: a test
 * that needs Redis must not pass without one. A port taken between choosing and binding it is
 * tried again, twice. `command` is for testing this helper.
 */
export async function startRedisServer(command = 'redis-server'): Promise<RedisServer> {
  let last: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOn(await freePort(), command);
    } catch (error) {
      last = error;
      if (!/Address already in use/i.test(String(error))) break;
    }
  }
  throw last;
}
