import { describe, expect, it } from 'vitest';
import { client, wireWebhook } from './support';

/**
 * A fetch that answers page 1 at once (telling the total) and holds every later page open until
 * its request is aborted. It records each request's signal by page.
 */
function holdingFetch(total: number, pageSize: number) {
  const signals = new Map<number, AbortSignal>();
  const lastPage = Math.ceil(total / pageSize);
  let allStarted!: () => void;
  const started = new Promise<void>((resolve) => { allStarted = resolve; });
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const page = Number(new URL(request.url).searchParams.get('page'));
    signals.set(page, request.signal);
    if (signals.size === lastPage) allStarted();
    if (page === 1) {
      const data = Array.from({ length: pageSize }, (_, i) => wireWebhook(`wh_${i + 1}`));
      return Response.json({ data, meta: { page: 1, limit: pageSize, total } });
    }
    return new Promise<Response>((_resolve, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
    });
  }) as typeof globalThis.fetch;
  return { fetch, signals, started };
}

describe('iterate: stopping early', () => {
  it('breaking out of the loop aborts the requests in flight', async () => {
    const server = holdingFetch(8, 2);
    const seen: string[] = [];
    for await (const webhook of client({ fetch: server.fetch }).iterate({ pageSize: 2 })) {
      seen.push(webhook.id);
      await server.started; // pages 2..4 are now open
      expect([2, 3, 4].map((page) => server.signals.get(page)?.aborted)).toEqual([false, false, false]);
      break;
    }
    expect(seen).toEqual(['wh_1']);
    expect([...server.signals.keys()].sort()).toEqual([1, 2, 3, 4]);
    for (const page of [2, 3, 4]) expect(server.signals.get(page)?.aborted, `page ${page}`).toBe(true);
  });

  it("aborting the caller's signal ends the walk with its reason", async () => {
    const server = holdingFetch(8, 2);
    const controller = new AbortController();
    const reason = new Error('user left');
    const walk = (async () => {
      for await (const webhook of client({ fetch: server.fetch }).iterate({ pageSize: 2 }, { signal: controller.signal })) {
        if (webhook.id === 'wh_2') {
          await server.started;
          controller.abort(reason);
        }
      }
    })();
    await expect(walk).rejects.toBe(reason);
    for (const page of [2, 3, 4]) expect(server.signals.get(page)?.aborted).toBe(true);
  });

  it('a signal aborted before the walk sends nothing', async () => {
    const server = holdingFetch(8, 2);
    const reason = new Error('never mind');
    const walk = (async () => {
      for await (const _ of client({ fetch: server.fetch }).iterate({}, { signal: AbortSignal.abort(reason) })) { /* nothing */ }
    })();
    await expect(walk).rejects.toBe(reason);
    expect(server.signals.size).toBe(0);
  });
});

describe('iterate: an abort inside the loop', () => {
  it('stops promptly: the rest of the page is not yielded', async () => {
    const server = holdingFetch(8, 4);
    const controller = new AbortController();
    const reason = new Error('enough');
    const seen: string[] = [];
    const walk = (async () => {
      for await (const webhook of client({ fetch: server.fetch }).iterate({ pageSize: 4 }, { signal: controller.signal })) {
        seen.push(webhook.id);
        if (webhook.id === 'wh_2') controller.abort(reason);
      }
    })();
    await expect(walk).rejects.toBe(reason);
    expect(seen).toEqual(['wh_1', 'wh_2']);
  });
});
