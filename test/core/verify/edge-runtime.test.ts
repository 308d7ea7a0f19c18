import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../../../providers/catalogue/signing';
import { callEnded, DIALNEXA_SECRET, messageDelivered, SENTDM_SECRET } from './fixtures';

// Proves the verification path needs nothing from Node: it is bundled for a neutral platform (a
// `node:` import would not even resolve) and run in a fresh V8 context holding only what edge
// runtimes (Workers, Vercel Edge, Deno) have. No process, no Buffer, no require.
const NODE_IMPORT = /(?:from\s*|import\s*\(\s*|require\s*\(\s*)["']node:/;

async function bundle(entry: string, format: 'esm' | 'iife'): Promise<string> {
  const result = await build({
    entryPoints: [entry], bundle: true, platform: 'neutral', format, globalName: 'hookbridge',
    target: 'es2022', write: false, logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

function edgeContext() {
  return createContext({ crypto: globalThis.crypto, TextEncoder, TextDecoder, atob, btoa, Headers, Request, Response, console });
}

describe('verification on an edge-like runtime', () => {
  let inbound: string;
  let handlers: string;
  beforeAll(async () => {
    inbound = await bundle('entries/verify.ts', 'iife');
    handlers = await bundle('entries/verify.ts', 'iife');
  });

  it('the ESM bundles of verification and both handlers contain no node: import', async () => {
    for (const entry of ['entries/verify.ts', 'providers/catalogue/signing.ts']) {
      const esm = await bundle(entry, 'esm');
      expect(esm).toMatch(/export\s*\{/);
      expect(esm).not.toMatch(NODE_IMPORT);
    }
  });

  it('the context really lacks Node globals', () => {
    const context = edgeContext();
    expect(runInContext('[typeof process, typeof Buffer, typeof require, typeof module]', context)).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  });

  it('verifies DialNexa and sent.dm deliveries signed by Node, and round-trips inside the context', async () => {
    const context = edgeContext();
    runInContext(inbound, context);
    const now = 1_700_000_000;
    Object.assign(context, {
      input: {
        callEnded, messageDelivered, dialnexaSecret: DIALNEXA_SECRET, sentdmSecret: SENTDM_SECRET, now,
        dialnexaHeaders: await signWebhook({ provider: 'dialnexa', body: callEnded, secret: DIALNEXA_SECRET }),
        sentdmHeaders: await signWebhook({ provider: 'sentdm', body: messageDelivered, secret: SENTDM_SECRET, webhookId: 'wh_1', timestamp: now }),
      },
    });
    const result = await (runInContext(`(async () => {
      const { verifyWebhook, signWebhook } = hookbridge;
      const dn = await verifyWebhook({ provider: 'dialnexa', body: input.callEnded, headers: input.dialnexaHeaders, secret: input.dialnexaSecret });
      const sd = await verifyWebhook({ provider: 'sentdm', body: new TextEncoder().encode(input.messageDelivered), headers: input.sentdmHeaders, secret: [input.sentdmSecret], now: input.now * 1000 });
      const own = await signWebhook({ provider: 'sentdm', body: input.messageDelivered, secret: input.sentdmSecret });
      const back = await verifyWebhook({ provider: 'sentdm', body: input.messageDelivered, headers: own, secret: input.sentdmSecret });
      const bad = await verifyWebhook({ provider: 'dialnexa', body: input.callEnded + ' ', headers: input.dialnexaHeaders, secret: input.dialnexaSecret })
        .then(() => 'passed', (e) => e.name + ':' + e.reason);
      return JSON.stringify({ dn: dn.type, sd: sd.type, at: sd.occurredAt.toISOString(), back: back.type, bad });
    })()`, context) as Promise<string>);
    expect(JSON.parse(result)).toEqual({
      dn: 'call_ended', sd: 'message.delivered', at: '2025-10-31T10:10:42.000Z', back: 'message.delivered',
      bad: 'SignatureVerificationError:mismatch',
    });
  });

  it('the Fetch handler answers 204 and 400 inside the context', async () => {
    const context = edgeContext();
    runInContext(handlers, context);
    const headers = await signWebhook({ provider: 'dialnexa', body: callEnded, secret: DIALNEXA_SECRET });
    Object.assign(context, { input: { callEnded, headers, secret: DIALNEXA_SECRET } });
    const statuses = await (runInContext(`(async () => {
      const seen = [];
      const handler = hookbridge.createWebhookHandler({
        provider: 'dialnexa', secret: input.secret, onEvent: (event) => { seen.push(event.type); }, onError: () => {},
      });
      const post = (body) => handler(new Request('https://edge.example/webhooks', { method: 'POST', body, headers: input.headers }));
      const ok = await post(input.callEnded);
      const forged = await post(input.callEnded + ' ');
      return [ok.status, forged.status, ...seen].join(',');
    })()`, context) as Promise<string>);
    expect(statuses).toBe('204,400,call_ended');
  });
});
