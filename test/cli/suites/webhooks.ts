import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type Receiver } from '../../core/testing/receiver';
import type { Bin } from '../bin';
import { simulated, type SimulatedProvider } from '../simulators';

/** The single-call commands, run as a user runs them, against both simulators. */
export function webhookSuite(bin: () => Bin): void {
  describe.concurrent('webhook commands', () => {
    let dialnexa: SimulatedProvider<'dialnexa'>;
    let sentdm: SimulatedProvider<'sentdm'>;
    let inbox: Receiver;
    beforeAll(async () => {
      inbox = await startReceiver();
      [dialnexa, sentdm] = await Promise.all([simulated('dialnexa'), simulated('sentdm', { deliverTo: inbox.url })]);
    });
    afterAll(async () => { await Promise.all([dialnexa?.close(), sentdm?.close(), inbox?.close()]); });

    it('create prints the webhook and its secret on stdout, once, never on stderr', async () => {
      const { code, stdout, stderr } = await bin().run(['create', '--url', 'https://app.example.com/hooks/a', '--events', 'call.completed,call.failed', '--json'], { env: dialnexa.env });
      expect(code).toBe(0);
      const created = JSON.parse(stdout) as { id: string; secret: string; events: string[]; raw?: unknown };
      expect(created.secret).toMatch(/^whsec_/);
      expect(created.events).toEqual(['call.completed', 'call.failed']);
      expect(created).not.toHaveProperty('raw');
      expect(dialnexa.sim.webhooks.find((record) => record.id === created.id)?.secret).toBe(created.secret);
      expect(stderr).toContain(`Created ${created.id}`);
      expect(stderr).not.toContain(created.secret);
      const shown = await bin().run(['get', created.id], { env: dialnexa.env });
      expect(shown.code).toBe(0);
      expect(shown.stdout).toMatch(/^url\s+https:\/\/app\.example\.com\/hooks\/a$/m);
      expect(shown.stdout + shown.stderr).not.toContain(created.secret);
      const json = await bin().run(['get', created.id, '--json'], { env: dialnexa.env });
      expect(JSON.parse(json.stdout)).toMatchObject({ id: created.id, provider: 'dialnexa', active: true });
      expect(JSON.parse(json.stdout)).not.toHaveProperty('secret');
    });

    it('create with a table: the fields, the secret row; --events may repeat; a provider-made secret too', async () => {
      const { code, stdout, stderr } = await bin().run(['create', '--url', 'https://app.example.com/m', '--events', 'message', '--events', 'templates', '--name', 'msgs'], { env: sentdm.env });
      expect(code).toBe(0);
      const secret = /^secret\s+(\S+)$/m.exec(stdout)?.[1];
      expect(secret).toMatch(/^whsec_/);
      expect(stdout).toMatch(/^events\s+message, templates$/m);
      expect(stdout).toMatch(/^name\s+msgs$/m);
      expect(stderr).not.toContain(secret);
    });

    it('update changes only what is given; delete needs --yes without a terminal', async () => {
      const made = await dialnexa.hooks.create({ url: 'https://app.example.com/hooks/u', events: ['call.completed'] });
      const updated = await bin().run(['update', made.id, '--events', 'call.failed', '--inactive', '--json'], { env: dialnexa.env });
      expect(updated.code).toBe(0);
      expect(JSON.parse(updated.stdout)).toMatchObject({ id: made.id, url: made.url, events: ['call.failed'], active: false });

      const refused = await bin().run(['delete', made.id], { env: dialnexa.env });
      expect(refused).toMatchObject({ code: 2, stdout: '' });
      expect(refused.stderr).toContain('pass --yes');
      await expect(dialnexa.hooks.get(made.id)).resolves.toMatchObject({ id: made.id });

      const deleted = await bin().run(['delete', made.id, '--yes', '--json'], { env: dialnexa.env });
      expect(deleted.code).toBe(0);
      expect(JSON.parse(deleted.stdout)).toEqual({ deleted: [made.id] });
      await expect(dialnexa.hooks.get(made.id)).rejects.toMatchObject({ code: 'not_found' });
      const again = await bin().run(['delete', made.id, '--yes'], { env: dialnexa.env });
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('HTTP 404');
    });

    it('rotate-secret prints the new secret on stdout only; the old one no longer matches', async () => {
      const made = await dialnexa.hooks.create({ url: 'https://app.example.com/hooks/r', events: ['call.completed'] });
      const { code, stdout, stderr } = await bin().run(['rotate-secret', made.id, '--json'], { env: dialnexa.env });
      expect(code).toBe(0);
      const { secret } = JSON.parse(stdout) as { secret: string };
      expect(secret).not.toBe(made.secret);
      expect(dialnexa.sim.webhooks.find((record) => record.id === made.id)?.secret).toBe(secret);
      expect(stderr).not.toContain(secret);
      expect(stderr).toContain('no longer verifies');
    });

    it('list walks every page: { "items": [...] } with --json, a table without', async () => {
      const own = await simulated('sentdm');
      try {
        // One more than the largest page: the listing must fetch a second one.
        await Promise.all(Array.from({ length: 101 }, (_, i) => own.hooks.create({ url: `https://app.example.com/p/${i}`, events: ['message'] })));
        const [json, table] = await Promise.all([bin().run(['list', '--json'], { env: own.env }), bin().run(['list'], { env: own.env })]);
        expect(json.code).toBe(0);
        const { items } = JSON.parse(json.stdout) as { items: Array<{ url: string }> };
        expect(new Set(items.map((item) => item.url)).size).toBe(101);
        expect(json.stderr).toBe('');
        expect(table.stdout.split('\n')[0]).toMatch(/^ID\s+URL\s+ACTIVE\s+NAME\s+EVENTS$/);
        expect(table.stdout.trim().split('\n')).toHaveLength(102);
        const limited = await bin().run(['list', '--json', '--limit', '3'], { env: own.env });
        expect((JSON.parse(limited.stdout) as { items: unknown[] }).items).toHaveLength(3);
      } finally {
        await own.close();
      }
    });

    it('events and deliveries print tables, or { "items": [...] }', async () => {
      const made = await sentdm.hooks.create({ url: 'https://app.example.com/logged', events: ['message'] });
      await sentdm.sim.deliver('message.delivered', { message_id: 'm_1' }, { webhookIds: [made.id] });
      const [events, deliveries, table] = await Promise.all([
        bin().run(['events', '--json'], { env: sentdm.env }),
        bin().run(['deliveries', made.id, '--json'], { env: sentdm.env }),
        bin().run(['deliveries', made.id], { env: sentdm.env }),
      ]);
      expect((JSON.parse(events.stdout) as { items: Array<{ name: string }> }).items.map((type) => type.name)).toContain('message.delivered');
      const log = JSON.parse(deliveries.stdout) as { items: Array<{ eventType: string; status: string }>; page: number; hasMore: boolean };
      expect(log).toMatchObject({ page: 1, hasMore: false });
      expect(log.items[0]).toMatchObject({ eventType: 'message.delivered', status: 'delivered', httpStatus: 200 });
      expect(table.stdout).toMatch(/^ID\s+EVENT\s+STATUS\s+HTTP\s+CREATED$/m);
    });

    it('test: exit 0 when the provider delivered, 1 when it could not (unsupported at DialNexa)', async () => {
      const made = await sentdm.hooks.create({ url: 'https://app.example.com/tested', events: ['message'] });
      const delivered = await bin().run(['test', made.id, '--json'], { env: sentdm.env });
      expect(delivered.code).toBe(0);
      expect(JSON.parse(delivered.stdout)).toMatchObject({ id: made.id, event: 'message', delivered: true });
      expect(inbox.received.some((request) => request.path === '/tested')).toBe(true);
      const dn = await dialnexa.hooks.create({ url: 'https://app.example.com/hooks/t', events: ['call.completed'] });
      const unsupported = await bin().run(['test', dn.id], { env: dialnexa.env });
      expect(unsupported).toMatchObject({ code: 1, stdout: '' });
      expect(unsupported.stderr).toContain('dialnexa has no test endpoint: send a signed sample to your receiver with hookbridge trigger dialnexa');
    });

    it('a refused key exits 4 and names its variable; the key itself is never printed', async () => {
      const env = { ...dialnexa.env, DIALNEXA_API_KEY: 'key_wrong:000000000000000000000000' };
      const { code, stdout, stderr } = await bin().run(['list'], { env });
      expect([code, stdout]).toEqual([4, '']);
      expect(stderr).toContain('check DIALNEXA_API_KEY');
      expect(stderr).not.toContain('000000000000');
      expect(stderr).not.toContain(dialnexa.sim.apiKey);
    });

    it('a provider nobody answers for is a failure (exit 1), after the retries', async () => {
      const gone = await simulated('dialnexa');
      await gone.close();
      const { code, stdout, stderr } = await bin().run(['get', 'whk_1'], { env: gone.env });
      expect([code, stdout]).toEqual([1, '']);
      expect(stderr).toMatch(/^error: /);
    });

    it('--provider and --base-url stand in for the environment; local input checks exit 2 before sending', async () => {
      const { HOOKBRIDGE_PROVIDER: _p, HOOKBRIDGE_BASE_URL: _b, ...keyOnly } = sentdm.env;
      const flags = ['--provider', 'sentdm', '--base-url', sentdm.sim.baseUrl];
      const refused = await bin().run(['create', '--url', 'https://app.example.com/x', '--events', 'message', '--secret', 'whsec_mine', ...flags], { env: keyOnly });
      expect(refused.code).toBe(2);
      expect(refused.stderr).not.toContain('whsec_mine');
      expect(sentdm.sim.requests.filter((request) => request.body.includes('https://app.example.com/x'))).toEqual([]);
      const listed = await bin().run(['list', '--json', ...flags], { env: keyOnly });
      expect(listed.code).toBe(0);
    });
  });
}
