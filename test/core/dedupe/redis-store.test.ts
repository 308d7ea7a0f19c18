import { Redis } from 'ioredis';
import { createClient } from 'redis';
import * as vitest from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisDedupeStore, type RedisLikeClient } from '../../../src/dedupe';
import { ConfigurationError } from '../../../src/errors';
import { testDedupeStore } from '../../../entries/testing';
import { startRedisServer, type RedisServer } from '../../support/redis-server';

// A real redis-server of the test's own, reached through both client libraries an app may use.
let server: RedisServer;
let nodeRedis: ReturnType<typeof createClient>;
let ioredis: Redis;
let run = 0;

beforeAll(async () => {
  server = await startRedisServer();
  nodeRedis = await createClient({ url: server.url }).connect();
  ioredis = new Redis(server.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await ioredis.connect();
});
afterAll(async () => {
  await nodeRedis?.quit();
  await ioredis?.quit();
  await server?.stop();
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
// Each test gets a prefix of its own, so no key of another test is ever seen.
const fixture = (client: () => RedisLikeClient) => () => ({
  store: redisDedupeStore(client(), { prefix: `test:${++run}:` }),
  elapse: sleep,
});

testDedupeStore(vitest, { name: 'redisDedupeStore with node-redis', setup: fixture(() => nodeRedis) });
testDedupeStore(vitest, { name: 'redisDedupeStore with ioredis', setup: fixture(() => ioredis) });

describe('redisDedupeStore', () => {
  it('node-redis and ioredis instances share one store: a claim through one is processing through the other', async () => {
    const a = redisDedupeStore(nodeRedis, { prefix: 'shared:' });
    const b = redisDedupeStore(ioredis, { prefix: 'shared:' });
    expect(await a.claim('evt', 60_000, 'a')).toBe('claimed');
    expect(await b.claim('evt', 60_000, 'b')).toBe('processing');
    await a.complete('evt', 60_000);
    expect(await b.claim('evt', 60_000, 'b')).toBe('done');
  });

  it('keys live under the prefix, with the lease as their expiry', async () => {
    const store = redisDedupeStore(nodeRedis, { prefix: 'inspect:' });
    await store.claim('sentdm/message.delivered/m1', 30_000, 'tok');
    expect(await nodeRedis.get('inspect:sentdm/message.delivered/m1')).toBe('claimed:tok');
    const ttl = await nodeRedis.pTTL('inspect:sentdm/message.delivered/m1');
    expect(ttl).toBeGreaterThan(25_000);
    expect(ttl).toBeLessThanOrEqual(30_000);
    await store.complete('sentdm/message.delivered/m1', 72 * 3600_000);
    expect(await nodeRedis.get('inspect:sentdm/message.delivered/m1')).toBe('done');
  });

  it('the default prefix is hookbridge:dedupe:', async () => {
    await redisDedupeStore(ioredis).complete('default-prefix', 10_000);
    expect(await ioredis.get('hookbridge:dedupe:default-prefix')).toBe('done');
  });

  it('a value that is no Redis client is a ConfigurationError naming both libraries', () => {
    for (const client of [undefined, {}, { get: () => null }]) {
      const attempt = () => redisDedupeStore(client as never);
      expect(attempt).toThrow(ConfigurationError);
      expect(attempt).toThrow(/node-redis.*ioredis/);
    }
  });

  it('a Redis failure is thrown as the client throws it', async () => {
    const closed = createClient({ url: server.url });
    await expect(redisDedupeStore(closed).claim('k', 1000, 't')).rejects.toThrow(/closed/i);
  });
});

describe('the tests\' own redis-server', () => {
  it('persists nothing and listens on 127.0.0.1 only', async () => {
    const config = await nodeRedis.configGet(['save', 'appendonly', 'bind']);
    expect(config).toMatchObject({ save: '', appendonly: 'no' });
    expect(config.bind).toContain('127.0.0.1');
  });

  it('cannot start without the binary: a loud failure naming the fix, never a skip', async () => {
    await expect(startRedisServer('redis-server-that-is-not-installed')).rejects.toThrow(/not on PATH.*ensure-redis/);
  });
});
