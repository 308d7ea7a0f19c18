/**
 * One application process for the shared-limiter test: a DialNexa client whose `beforeRequest`
 * takes a point from a `rate-limiter-flexible` limiter kept in Redis (shared with the other
 * process), then makes `CALLS` list calls without retries, so any 429 shows. Prints its outcome as
 * one JSON line. Run bundled (see shared-limiter.test.ts), with its settings in the environment.
 */
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { dialnexa } from '../../providers/dialnexa';

const env = process.env as Record<string, string>;
const calls = Number(env.CALLS);
const redis = env.REDIS_URL ? new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1 }) : undefined;
const limiter = redis
  ? new RateLimiterRedis({ storeClient: redis, keyPrefix: env.LIMITER_PREFIX!, points: Number(env.POINTS), duration: 1 })
  : undefined;

// The recipe in docs/getting-started.md: wait for a point, however many processes share the limiter.
async function takePoint(): Promise<void> {
  for (;;) {
    try {
      await limiter!.consume('dialnexa');
      return;
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal; // Redis itself failed
      await new Promise((resolve) => setTimeout(resolve, refusal.msBeforeNext + 5));
    }
  }
}

const hooks = dialnexa({
  apiKey: env.API_KEY!, baseUrl: env.BASE_URL!, retry: false, logLevel: 'off',
  ...(limiter ? { hooks: { beforeRequest: takePoint } } : {}),
});
const outcome = { ok: 0, rateLimited: 0, other: [] as string[] };
for (let i = 0; i < calls; i++) {
  try {
    await hooks.list();
    outcome.ok++;
  } catch (error) {
    if ((error as { code?: string }).code === 'rate_limited') outcome.rateLimited++;
    else outcome.other.push(String(error));
  }
}
process.stdout.write(`${JSON.stringify(outcome)}\n`);
redis?.disconnect();
