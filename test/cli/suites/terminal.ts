import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bin } from '../bin';
import { simulated, type SimulatedProvider } from '../simulators';
import { hasScript, runOnTerminal } from '../terminal';

/** The interactive side, on a pseudo-terminal: the confirm prompt and colour. */
export function terminalSuite(bin: () => Bin): void {
  describe.skipIf(!hasScript).concurrent('on a terminal (util-linux script)', () => {
    let dialnexa: SimulatedProvider<'dialnexa'>;
    beforeAll(async () => { dialnexa = await simulated('dialnexa'); });
    afterAll(async () => { await dialnexa?.close(); });

    it('delete asks, and "y" deletes', async () => {
      const made = await dialnexa.hooks.create({ url: 'https://app.example.com/tty/yes', events: ['call.completed'] });
      const { code, screen } = await runOnTerminal(bin(), ['delete', made.id], 'y\n', dialnexa.env);
      expect(screen).toContain(`Delete webhook ${made.id} at dialnexa? This cannot be undone. [y/N]`);
      expect(screen).toContain(`Deleted ${made.id}.`);
      expect(code).toBe(0);
      await expect(dialnexa.hooks.get(made.id)).rejects.toMatchObject({ code: 'not_found' });
    });

    it('delete asks, and anything but yes keeps the webhook (exit 1)', async () => {
      const made = await dialnexa.hooks.create({ url: 'https://app.example.com/tty/no', events: ['call.completed'] });
      const { code, screen } = await runOnTerminal(bin(), ['delete', made.id], 'nope\n', dialnexa.env);
      expect(screen).toContain('Nothing deleted.');
      expect(code).toBe(1);
      await expect(dialnexa.hooks.get(made.id)).resolves.toMatchObject({ id: made.id });
    });

    it('apply shows the plan and asks: "n" changes nothing, "y" applies', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'hookbridge-cli-tty-'));
      try {
        const url = 'https://app.example.com/tty/apply';
        writeFileSync(join(dir, 'hookbridge.config.json'), JSON.stringify({
          targets: { calls: { provider: 'dialnexa', apiKey: { env: 'DIALNEXA_API_KEY' }, baseUrl: dialnexa.sim.baseUrl } },
          webhooks: [{ target: 'calls', url, events: ['call.completed'] }],
        }));
        const env = { DIALNEXA_API_KEY: dialnexa.sim.apiKey };
        const refused = await runOnTerminal(bin(), ['apply'], 'n\n', env, dir);
        expect(refused.screen).toContain(`+ create calls ${url}`);
        expect(refused.screen).toContain('Apply these changes? [y/N]');
        expect(refused.screen).toContain('Apply cancelled: nothing changed.');
        expect(refused.code).toBe(1);
        expect(dialnexa.sim.webhooks.some((record) => record.url === url)).toBe(false);
        const agreed = await runOnTerminal(bin(), ['apply'], 'y\n', env, dir);
        expect(agreed.screen).toContain('Applied: 1 created, 0 updated, 0 deleted.');
        expect(agreed.code).toBe(0);
        expect(dialnexa.sim.webhooks.filter((record) => record.url === url)).toHaveLength(1);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('colour on a terminal, none with NO_COLOR', async () => {
      const [coloured, plain] = await Promise.all([
        runOnTerminal(bin(), ['list', '--inactive'], '', dialnexa.env),
        runOnTerminal(bin(), ['get', 'whk_missing'], '', { ...dialnexa.env, NO_COLOR: '1' }),
      ]);
      expect(coloured.code).toBe(0);
      const styled = await runOnTerminal(bin(), ['get', 'whk_missing'], '', dialnexa.env);
      expect(styled.screen).toContain('\u001B[31merror:\u001B[39m');
      expect(plain.screen).toContain('error: ');
      expect(plain.screen).not.toContain('\u001B[');
    });
  });
}
