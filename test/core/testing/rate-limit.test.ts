import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type DialNexaSimulator, type SentDmSimulator } from '../../../entries/testing';
import { FixedWindowRateLimiter } from '../../../src/testing/kit';

const running: (DialNexaSimulator | SentDmSimulator)[] = [];
afterEach(async () => { await Promise.all(running.splice(0).map((sim) => sim.close())); });

async function dialnexa(options: Parameters<typeof startSimulator<'dialnexa'>>[1] = {}) {
  const sim = await startSimulator('dialnexa', options);
  running.push(sim);
  return { sim, get: () => fetch(`${sim.baseUrl}/user-webhooks`, { headers: { authorization: `Bearer ${sim.apiKey}` } }) };
}

async function sentdm(options: Parameters<typeof startSimulator<'sentdm'>>[1] = {}) {
  const sim = await startSimulator('sentdm', options);
  running.push(sim);
  return { sim, get: () => fetch(`${sim.baseUrl}/v3/webhooks/event-types`, { headers: { 'x-api-key': sim.apiKey } }) };
}

describe('rate limiting', () => {
  it('sends X-RateLimit-* on every response, generous by default, reset as a Unix timestamp', async () => {
    const { get } = await dialnexa();
    const response = await get();
    const now = Date.now() / 1000;
    expect(response.headers.get('x-ratelimit-limit')).toBe('10000');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('9999');
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    expect(reset).toBeGreaterThan(now + 55);
    expect(reset).toBeLessThan(now + 62);
    expect(response.headers.get('retry-after')).toBeNull();
  });

  it('429s in DialNexa format with Retry-After once the window is used up', async () => {
    const { get } = await dialnexa({ rateLimit: { limit: 2, windowMs: 30_000 } });
    expect((await get()).headers.get('x-ratelimit-remaining')).toBe('1');
    expect((await get()).headers.get('x-ratelimit-remaining')).toBe('0');
    const limited = await get();
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({ statusCode: 429, message: 'Too many requests. Please slow down and retry after a moment.', error: 'Too Many Requests' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(29);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
  });

  it('429s sent.dm BUSINESS_002 in the envelope, with its headers', async () => {
    const { get } = await sentdm({ rateLimit: { limit: 1 } });
    expect((await get()).status).toBe(200);
    const limited = await get();
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ success: false, error: { code: 'BUSINESS_002' }, meta: { version: 'v3' } });
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(limited.headers.get('x-request-id')).toMatch(/^req_/);
  });

  it('opens a new window on reset()', async () => {
    const { sim, get } = await sentdm({ rateLimit: { limit: 1 } });
    await get();
    expect((await get()).status).toBe(429);
    sim.reset();
    expect((await get()).status).toBe(200);
  });

  it('sends no rate-limit headers when turned off', async () => {
    const { get } = await sentdm({ rateLimit: false });
    expect((await get()).headers.get('x-ratelimit-limit')).toBeNull();
  });
});

describe('FixedWindowRateLimiter', () => {
  it('counts per fixed window and starts over when it ends', () => {
    let now = 1_000_000;
    const limiter = new FixedWindowRateLimiter({ limit: 2, windowMs: 10_000 }, () => now);
    expect(limiter.take()).toMatchObject({ limited: false, headers: { 'X-RateLimit-Remaining': '1', 'X-RateLimit-Reset': '1010' } });
    limiter.take();
    now += 4_000;
    expect(limiter.take()).toEqual({ limited: true, headers: { 'X-RateLimit-Limit': '2', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '1010', 'Retry-After': '6' } });
    now += 6_000;
    expect(limiter.take()).toMatchObject({ limited: false, headers: { 'X-RateLimit-Remaining': '1', 'X-RateLimit-Reset': '1020' } });
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => new FixedWindowRateLimiter({ limit: 0 })).toThrow(TypeError);
  });
});
