import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors';
import { createNodeWebhookMiddleware, type WebhookHandlerOptions } from '../../../providers/catalogue/signing';
import { signWebhook } from '../../../providers/catalogue/signing';
import { callEnded, DIALNEXA_SECRET, messageDelivered, SENTDM_SECRET } from '../verify/fixtures';
import { recordingOptions } from './recording-options';

type Listener = (req: IncomingMessage & { body?: unknown }, res: ServerResponse) => unknown;
const servers: Server[] = [];

async function listen(listener: Listener): Promise<string> {
  const server = createServer((req, res) => void listener(req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

function middleware(overrides: Partial<WebhookHandlerOptions> = {}) {
  const { options, events, errors } = recordingOptions(overrides);
  return { handle: createNodeWebhookMiddleware(options), events, errors };
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const dialnexaHeaders = () => signWebhook({ provider: 'dialnexa', body: callEnded, secret: DIALNEXA_SECRET });
const post = async (url: string, body: string, headers: Record<string, string> | Headers) =>
  fetch(url, { method: 'POST', body, headers });

describe('createNodeWebhookMiddleware on a real node:http server', () => {
  it('reads the raw body from the stream: 204 and one event', async () => {
    const { handle, events, errors } = middleware();
    const url = await listen(handle);
    const response = await post(url, callEnded, await dialnexaHeaders());
    expect(response.status).toBe(204);
    expect(events.map((e) => e.type)).toEqual(['call_ended']);
    expect(errors).toEqual([]);
  });

  it('413 for a body over maxBodyBytes, without verifying or calling onEvent', async () => {
    const { handle, events, errors } = middleware({ maxBodyBytes: 64 });
    const url = await listen(handle);
    const response = await post(url, callEnded, await dialnexaHeaders());
    expect(callEnded.length).toBeGreaterThan(64);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'payload_too_large' });
    expect(events).toEqual([]);
    expect(errors[0]?.status).toBe(413);
  });

  it('413 for a streamed body with no Content-Length that grows past the limit', async () => {
    const { handle, events } = middleware({ maxBodyBytes: 1024 });
    const url = await listen(handle);
    const chunk = new TextEncoder().encode('x'.repeat(512));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) { if (sent++ < 8) controller.enqueue(chunk); else controller.close(); },
    });
    const response = await fetch(url, { method: 'POST', body: stream, duplex: 'half', headers: await dialnexaHeaders() } as RequestInit);
    expect(response.status).toBe(413);
    expect(events).toEqual([]);
  });

  it('400 with a generic body for a tampered delivery', async () => {
    const { handle, events, errors } = middleware();
    const url = await listen(handle);
    const response = await post(url, callEnded.replace('hangup', 'completed'), await dialnexaHeaders());
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid_webhook' });
    expect(events).toEqual([]);
    expect(errors[0]).toMatchObject({ status: 400, error: { reason: 'mismatch' } });
  });

  it('500 when onEvent throws', async () => {
    const { handle, errors } = middleware({ onEvent: () => { throw new Error('queue full'); } });
    const url = await listen(handle);
    const response = await post(url, callEnded, await dialnexaHeaders());
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'webhook_handler_failed' });
    expect(errors.map((e) => (e.error as Error).message)).toEqual(['queue full']);
  });

  it('405 for GET', async () => {
    const { handle } = middleware();
    const url = await listen(handle);
    const response = await fetch(url);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('sent.dm: repeated signature headers reach Node joined, and one valid signature is enough', async () => {
    const { handle, events } = middleware({ provider: 'sentdm', secret: SENTDM_SECRET });
    const url = await listen(handle);
    const signed = await signWebhook({ provider: 'sentdm', body: messageDelivered, secret: SENTDM_SECRET });
    // The valid signature first: Node hands it over as "v1,<valid>, v1,<other>".
    const headers = new Headers(signed);
    headers.append('X-Webhook-Signature', `v1,${Buffer.alloc(32).toString('base64')}`);
    expect((await post(url, messageDelivered, headers)).status).toBe(204);
    expect(events.map((e) => e.type)).toEqual(['message.delivered']);
  });

  it('express.json() ran first (req.body parsed, stream consumed): 500, and the how-to reaches the developer', async () => {
    const { handle, events, errors } = middleware();
    const url = await listen(async (req, res) => {
      req.body = JSON.parse((await readAll(req)).toString('utf8')) as unknown; // what express.json() does
      await handle(req, res);
    });
    const response = await post(url, callEnded, await dialnexaHeaders());
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('express');
    expect(events).toEqual([]);
    const [reported] = errors;
    expect(reported?.status).toBe(500);
    expect(ConfigurationError.isInstance(reported?.error)).toBe(true);
    expect((reported?.error as Error).message).toMatch(/before app\.use\(express\.json\(\)\)/);
    expect((reported?.error as Error).message).toContain("express.raw({ type: 'application/json' })");
  });

  it.each([
    ['express.raw() ran first (req.body is a Buffer): uses it', (req: IncomingMessage): Promise<unknown> => readAll(req)],
    ['express.text() ran first (req.body is a string): uses it', async (req: IncomingMessage): Promise<unknown> => (await readAll(req)).toString('utf8')],
    ['Express 4 preset req.body = {} with the stream unread: reads the stream', async (): Promise<unknown> => ({})],
  ])('%s', async (_name, parser) => {
    const { handle, events } = middleware();
    const url = await listen(async (req, res) => {
      req.body = await parser(req);
      await handle(req, res);
    });
    expect((await post(url, callEnded, await dialnexaHeaders())).status).toBe(204);
    expect(events).toHaveLength(1);
  });

  it('works as Express-style middleware called with (req, res, next) and never calls next', async () => {
    const { handle } = middleware();
    let nextCalls = 0;
    const asExpress = handle as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => Promise<void>;
    const url = await listen((req, res) => asExpress(req, res, () => { nextCalls++; }));
    expect((await post(url, callEnded, await dialnexaHeaders())).status).toBe(204);
    expect((await post(url, callEnded, {})).status).toBe(400);
    expect(nextCalls).toBe(0);
  });
});
