import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../entries/testing';
import { signWebhook } from '../../providers/catalogue/signing';
import { startRedisServer, type RedisServer } from '../support/redis-server';

// Two receiver processes, one on node-redis and one on ioredis, share one real Redis: the
// situation of a receiver with several instances behind a load balancer. They run the built
// `hookbridge/verify` bundle, as an app would.
const RECEIVER = join(import.meta.dirname, 'fixtures', 'dedupe-receiver.mjs');
const PREFIX = 'e2e:';
const SECRET = `whsec_${Buffer.from('exactly once across two processes').toString('base64')}`;

let redis: RedisServer;
let client: ReturnType<typeof createClient>;
let dir: string;
const receivers: Array<{ child: ChildProcess; url: string }> = [];

async function startReceiver(bundle: string, library: 'node-redis' | 'ioredis'): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [RECEIVER], {
    env: { ...process.env, HOOKBRIDGE_BUNDLE: bundle, REDIS_URL: redis.url, REDIS_CLIENT: library, PREFIX },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the ${library} receiver exited (${code}) before listening:\n${stderr}`)));
  });
  return { child, url: `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}` };
}

beforeAll(async () => {
  redis = await startRedisServer();
  client = await createClient({ url: redis.url }).connect();
  dir = mkdtempSync(join(tmpdir(), 'hookbridge-e2e-'));
  const bundle = join(dir, 'verify.mjs');
  await build({ entryPoints: ['entries/verify.ts'], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent' });
  receivers.push(...(await Promise.all([startReceiver(bundle, 'node-redis'), startReceiver(bundle, 'ioredis')])));
}, 30_000);

afterAll(async () => {
  await Promise.all(receivers.map(({ child }) => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(undefined);
    child.once('exit', resolve);
    child.kill('SIGTERM');
  })));
  await client?.quit();
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const count = async (key: string) => Number((await client.get(`${PREFIX}count:${key}`)) ?? 0);

/** Resolves once `n` of `promises` have settled. */
function settledCount<T>(promises: Promise<T>[], n: number): Promise<void> {
  let settled = 0;
  return new Promise((resolve) => {
    for (const promise of promises) void promise.finally(() => { if (++settled === n) resolve(); });
  });
}

describe('exactly once across two receiver processes sharing Redis', () => {
  it('100 concurrent copies of one delivery: onEvent runs once; the other 99 answer 409 with Retry-After; a later copy 200', async () => {
    await client.set(`${PREFIX}secret:wh_e2e`, SECRET);
    const body = JSON.stringify({
      field: 'message', sub_type: 'message.delivered', timestamp: new Date().toISOString(),
      payload: { message_id: `gate-${crypto.randomUUID()}`, message_status: 'DELIVERED', channel: 'sms' },
    });
    const headers = await signWebhook({ provider: 'sentdm', body, secret: SECRET, webhookId: 'wh_e2e' });
    const post = (n: number) => fetch(`${receivers[n % 2]!.url}/webhooks`, { method: 'POST', body, headers });
    const copies = Array.from({ length: 100 }, (_, n) => post(n));
    // The one copy that claimed the event waits in onEvent on its gate; every other one answers at once.
    await settledCount(copies, 99);
    const key = `sentdm/message.delivered/${JSON.parse(body).payload.message_id}`;
    expect(await count(key)).toBe(1);
    await client.rPush(`${PREFIX}gate:${key}`, 'open');
    const responses = await Promise.all(copies);
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 204)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(99);
    expect(new Set(responses.filter((r) => r.status === 409).map((r) => r.headers.get('retry-after')))).toEqual(new Set(['20']));
    expect((await post(0)).status).toBe(200);
    expect((await post(1)).status).toBe(200);
    expect(await count(key)).toBe(1);
  });

  it('onEvent failing once in one process: the provider\'s retry, landing on the other, is processed; a later retry is not', async () => {
    let next = 0;
    const sim = await startSimulator('sentdm', { deliverTo: () => `${receivers[next++ % 2]!.url}/webhooks` });
    try {
      const created = await fetch(`${sim.baseUrl}/v3/webhooks`, {
        method: 'POST', headers: { 'x-api-key': sim.apiKey, 'content-type': 'application/json' },
        body: JSON.stringify({ display_name: 'e2e', endpoint_url: 'https://app.example/webhooks', event_types: ['message'] }),
      });
      const webhook = ((await created.json()) as { data: { id: string; signing_secret: string } }).data;
      await client.set(`${PREFIX}secret:${webhook.id}`, webhook.signing_secret);
      const messageId = `flaky-${crypto.randomUUID()}`;
      const [first] = await sim.deliver('message.sent', { message_id: messageId, message_status: 'SENT' });
      expect(first).toMatchObject({ status: 500 });
      const [retry] = await sim.deliver('message.sent', undefined, { retryOf: first });
      expect(retry).toMatchObject({ status: 204 });
      const [late] = await sim.deliver('message.sent', undefined, { retryOf: retry });
      expect(late).toMatchObject({ status: 200 });
      expect(new Set([first!.target, retry!.target]).size).toBe(2);
      expect(await count(`sentdm/message.sent/${messageId}`)).toBe(1);
    } finally {
      await sim.close();
    }
  });
});
