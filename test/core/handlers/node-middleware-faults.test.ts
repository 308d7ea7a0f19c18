import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNodeWebhookMiddleware, signWebhook, type WebhookHandlerOptions } from '../../../providers/catalogue/signing';
import { callEnded, DIALNEXA_SECRET } from '../verify/fixtures';

const servers: Server[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((server) => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  }));
});

async function listen(options: Partial<WebhookHandlerOptions>): Promise<{ server: Server; port: number }> {
  const handle = createNodeWebhookMiddleware({ provider: 'dialnexa', secret: DIALNEXA_SECRET, onEvent: () => {}, ...options });
  // `void`: a rejected middleware promise would be an unhandled rejection, which is the defect.
  const server = createServer((req, res) => void handle(req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

function watchUnhandledRejections(): unknown[] {
  const seen: unknown[] = [];
  const onRejection = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', onRejection);
  afterEach(() => { process.off('unhandledRejection', onRejection); });
  return seen;
}

describe('a throwing onError reporter', () => {
  const unhandled = watchUnhandledRejections();

  it.each([
    ['throws', () => { throw new Error('reporter down: token=abc'); }],
    ['rejects', async () => { throw new Error('reporter down: token=abc'); }],
  ])('that %s: the request still gets the status it would have, and the server answers the next request', async (_, onError) => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { port } = await listen({ onError });
    const url = `http://127.0.0.1:${port}/webhooks`;
    const forged = await fetch(url, { method: 'POST', body: callEnded, headers: { 'x-webhook-signature': 'f'.repeat(64) } });
    expect(forged.status).toBe(400);
    expect(await forged.json()).toEqual({ error: 'invalid_webhook' });
    const signed = await fetch(url, { method: 'POST', body: callEnded, headers: await signWebhook({ provider: 'dialnexa', body: callEnded, secret: DIALNEXA_SECRET }) });
    expect(signed.status).toBe(204);
    await new Promise((resolve) => setImmediate(resolve)); // lets a rejected reporter's promise settle
    expect(unhandled).toEqual([]);
    // Noted once for the one throw, by type only: the reporter's message is not repeated.
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(String(consoleError.mock.calls[0]?.[0])).toContain('onError reporter threw (Error)');
    expect(String(consoleError.mock.calls[0]?.[0])).not.toContain('token=abc');
  });
});

describe('a 413 from the Node middleware on a kept-alive connection', () => {
  it('answers 413 with Connection: close and closes the socket without reading the declared body', async () => {
    const { server } = await listen({ maxBodyBytes: 1024, onError: () => {} });
    const serverBytesRead = new Promise<number>((resolve) => {
      server.once('connection', (socket) => socket.once('close', () => resolve(socket.bytesRead)));
    });
    const declared = 1024 ** 3;
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    let response = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => { response += chunk; });
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.on('error', () => {}); // a reset after the close is fine; the close is what is asserted
    socket.write(`POST /webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\nContent-Length: ${declared}\r\n\r\n`);
    // Keeps offering body bytes until the server hangs up: a server that read the declared body
    // to the end would take all of it.
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let written = 0;
    let open = true;
    void closed.then(() => { open = false; });
    while (open && written < declared) {
      written += chunk.length;
      if (!socket.write(chunk)) await Promise.race([new Promise((resolve) => socket.once('drain', resolve)), closed]);
    }
    await closed;
    expect(response).toMatch(/^HTTP\/1\.1 413 /);
    expect(response.toLowerCase()).toContain('connection: close');
    expect(response).toContain('payload_too_large');
    const consumed = await serverBytesRead;
    expect(consumed).toBeGreaterThan(0);
    expect(consumed).toBeLessThan(declared / 100);
  });
});
