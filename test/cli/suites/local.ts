import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bin } from '../bin';
import { startVerifyingReceiver } from '../receiver';
import { simulated, type TestedProvider } from '../simulators';

// A port nobody listens on right now, for `simulate --port`.
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// What the bin printed first on stdout, read as it arrives.
async function firstLine(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += String(chunk);
    if (text.includes('\n')) return text.slice(0, text.indexOf('\n'));
  }
  return text;
}

// Every provider in the catalogue can be triggered, simulated or not.
type Signer = TestedProvider | 'github';
const SECRETS: Record<Signer, string> = {
  github: 'a GitHub hook secret for the CLI test',
  dialnexa: 'whsec_cli-trigger-test-secret',
  sentdm: `whsec_${Buffer.from('cli trigger test key, 32 bytes!!').toString('base64')}`,
};
const WRONG_SECRETS: Record<Signer, string> = {
  github: 'some other GitHub hook secret',
  dialnexa: 'whsec_some-other-secret',
  sentdm: `whsec_${Buffer.from('some other key, also 32 bytes!!!').toString('base64')}`,
};
const EVENTS: Record<Signer, string> = { dialnexa: 'call_ended', sentdm: 'message.delivered', github: 'issues.opened' };

/** simulate, trigger and verify: local development without an account. */
export function localSuite(bin: () => Bin): void {
  describe.concurrent('local development commands', () => {
    let dir: string;
    beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'hookbridge-cli-local-')); });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('simulate serves on the given port until SIGTERM, and the other commands can use it', async () => {
      const port = await freePort();
      const child = bin().start(['simulate', 'dialnexa', '--port', String(port), '--api-key', 'key_local:cli', '--json']);
      let stderr = '';
      child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
      const line = JSON.parse(await firstLine(child.stdout!)) as { provider: string; baseUrl: string; apiKey: string; env: Record<string, string> };
      const baseUrl = `http://127.0.0.1:${port}/v1`;
      expect(line).toEqual({
        provider: 'dialnexa', baseUrl, apiKey: 'key_local:cli',
        env: { HOOKBRIDGE_PROVIDER: 'dialnexa', HOOKBRIDGE_BASE_URL: baseUrl, DIALNEXA_API_KEY: 'key_local:cli' },
      });
      // The printed env is all the other commands need.
      const { env } = line;
      const created = await bin().run(['create', '--url', 'https://app.example.com/h', '--events', 'call.completed', '--json'], { env });
      expect(created.code).toBe(0);
      const listed = await bin().run(['list', '--json'], { env });
      expect((JSON.parse(listed.stdout) as { items: unknown[] }).items).toHaveLength(1);
      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      expect(code).toBe(0);
      expect(stderr).toContain('Simulator stopped.');
      expect(stderr).not.toContain('key_local:cli');
    });

    it('simulate on a port in use exits 1 saying so', async () => {
      const busy = createServer();
      await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = busy.address() as { port: number };
        const { code, stderr } = await bin().run(['simulate', 'sentdm', '--port', String(port)]);
        expect(code).toBe(1);
        expect(stderr).toContain(`port ${port} is in use`);
      } finally {
        busy.close();
      }
    });

    it.each(['dialnexa', 'sentdm', 'github'] as const)('trigger %s: a delivery in the provider\'s own format, typed as --event names it, that the package\'s own middleware accepts', async (provider) => {
      const receiver = await startVerifyingReceiver(provider, SECRETS[provider]);
      try {
        const { code, stdout, stderr } = await bin().run([
          'trigger', provider, '--url', receiver.url, '--secret', SECRETS[provider], '--event', EVENTS[provider], '--data', '{"id":"x_1"}', '--json',
        ]);
        expect(code).toBe(0);
        expect(JSON.parse(stdout)).toMatchObject({ provider, event: EVENTS[provider], ok: true, status: 204 });
        expect(receiver.events).toHaveLength(1);
        // The body is in the provider's own format, so the receiver types it as the event named.
        expect(receiver.events[0]).toMatchObject({ provider, type: EVENTS[provider], data: { id: 'x_1' } });
        expect(stdout + stderr).not.toContain(SECRETS[provider]);
        const wrong = await bin().run(['trigger', provider, '--url', receiver.url, '--secret', WRONG_SECRETS[provider], '--event', EVENTS[provider]]);
        expect(wrong.code).toBe(1);
        expect(wrong.stdout).toMatch(/^status\s+400$/m);
        expect(wrong.stderr).toContain('the receiver answered 400');
      } finally {
        await receiver.close();
      }
    });

    it('trigger to a receiver nobody runs exits 1; bad --data is a usage error', async () => {
      const port = await freePort();
      const [down, data] = await Promise.all([
        bin().run(['trigger', 'dialnexa', '--url', `http://127.0.0.1:${port}/x`, '--secret', 's']),
        bin().run(['trigger', 'dialnexa', '--url', 'http://127.0.0.1:1/x', '--secret', 's', '--data', '{nope']),
      ]);
      expect(down).toMatchObject({ code: 1, stdout: '' });
      expect(down.stderr).toContain(`could not deliver to http://127.0.0.1:${port}/x`);
      expect(data.code).toBe(2);
    });

    it.each(['dialnexa', 'sentdm'] as const)('verify %s: a saved delivery passes; a tampered one fails with the reason', async (provider) => {
      const { sim, hooks, close } = await simulated(provider);
      try {
        const created = await hooks.create({ url: 'https://app.example.com/saved', events: [provider === 'dialnexa' ? 'call.completed' : 'message'] });
        const [attempt] = await sim.deliver(provider === 'dialnexa' ? 'call.completed' : 'message.delivered', { call: { id: 'c_1' }, message_id: 'm_1' });
        const body = join(dir, `${provider}.json`);
        writeFileSync(body, attempt!.body);
        const headers = Object.entries(attempt!.headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
        const ok = await bin().run(['verify', provider, '--secret', created.secret!, '--body-file', body, ...headers, '--json']);
        expect(ok.code).toBe(0);
        expect(JSON.parse(ok.stdout)).toMatchObject({ provider, type: attempt!.type });
        expect(ok.stderr).toBe('');

        writeFileSync(body, attempt!.body.replace('c_1', 'c_2'));
        const tampered = await bin().run(['verify', provider, '--secret', created.secret!, '--body-file', body, ...headers]);
        expect(tampered).toMatchObject({ code: 1, stdout: '' });
        expect(tampered.stderr).toContain('verification failed (mismatch)');
        expect(tampered.stderr).not.toContain(created.secret!);

        const bare = await bin().run(['verify', provider, '--secret', created.secret!, '--body-file', '-'], { input: attempt!.body });
        expect(bare.code).toBe(1);
        expect(bare.stderr).toContain('verification failed (missing_header)');
      } finally {
        await close();
      }
    });
  });
}
