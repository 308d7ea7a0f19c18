import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../entries/testing';
import { startRedisServer, type RedisServer } from '../support/redis-server';

// Two processes share one Redis-backed limiter through `beforeRequest`. The simulator allows 6
// requests a second; the limiter hands out 2 a second, so however its windows and the
// simulator's fall, any simulator window sees at most 3 limiter windows' worth: 6.
const LIMIT = 6;
const POINTS = 2;
const CALLS = 4; // per process: 8 in all, more than the limit allows at once

// Inside the repository, so that the bundle's dependencies (ioredis, ky...) resolve from node_modules.
const cache = resolve(import.meta.dirname, '../../node_modules/.cache');
let dir: string;
let child: string;
let redis: RedisServer;

beforeAll(async () => {
  mkdirSync(cache, { recursive: true });
  dir = mkdtempSync(join(cache, 'hookbridge-limiter-'));
  child = join(dir, 'child.js');
  await build({
    entry: { child: resolve(import.meta.dirname, 'shared-limiter-child.ts') }, outDir: dir, config: false,
    format: ['esm'], platform: 'node', target: 'node22', dts: false, sourcemap: false, silent: true,
    // Loaded from node_modules as an app would, not bundled (they are CommonJS).
    external: ['ioredis', 'rate-limiter-flexible'],
  });
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Outcome { ok: number; rateLimited: number; other: string[] }

function runChild(env: Record<string, string>): Promise<Outcome> {
  return new Promise((done, fail) => {
    execFile(process.execPath, [child], { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 20_000 }, (error, stdout, stderr) => {
      if (error) return fail(new Error(`child failed: ${error.message}\n${stderr}`));
      done(JSON.parse(stdout.trim().split('\n').at(-1)!) as Outcome);
    });
  });
}

async function twoProcesses(shared: boolean, prefix: string) {
  const sim = await startSimulator('dialnexa', { rateLimit: { limit: LIMIT, windowMs: 1000 } });
  try {
    const env = {
      API_KEY: sim.apiKey, BASE_URL: sim.baseUrl, CALLS: String(CALLS), POINTS: String(POINTS), LIMITER_PREFIX: prefix,
      ...(shared ? { REDIS_URL: redis.url } : {}),
    };
    return { outcomes: await Promise.all([runChild(env), runChild(env)]), requests: sim.requests.length };
  } finally {
    await sim.close();
  }
}

describe('a shared limiter in beforeRequest (rate-limiter-flexible on a real Redis)', () => {
  it('keeps two processes under the simulator\'s rate limit: no 429 at all', { timeout: 30_000 }, async () => {
    const { outcomes, requests } = await twoProcesses(true, `limiter:${Date.now()}`);
    for (const outcome of outcomes) expect(outcome).toEqual({ ok: CALLS, rateLimited: 0, other: [] });
    expect(requests).toBe(2 * CALLS);
  });

  it('without it, the same two processes are rate limited (the limit is real)', { timeout: 30_000 }, async () => {
    const { outcomes } = await twoProcesses(false, 'unused');
    const limited = outcomes.reduce((sum, outcome) => sum + outcome.rateLimited, 0);
    expect(limited).toBeGreaterThan(0);
    expect(outcomes.flatMap((outcome) => outcome.other)).toEqual([]);
  });
});
