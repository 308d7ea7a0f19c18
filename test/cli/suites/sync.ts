import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Bin } from '../bin';
import { simulated } from '../simulators';

const CALLS = 'https://app.example.com/hooks/calls';
const MESSAGES = 'https://app.example.com/hooks/messages';
const STRAY = 'https://app.example.com/hooks/old';

/**
 * Both simulators, a folder holding a config for them (two targets owning one prefix, prune on)
 * and a broken config, and one stray webhook under the prefix. Closed when the test ends.
 */
async function syncFixture(bin: Bin) {
  const [dialnexa, sentdm] = await Promise.all([simulated('dialnexa'), simulated('sentdm')]);
  const dir = mkdtempSync(join(tmpdir(), 'hookbridge-cli-sync-'));
  onTestFinished(async () => {
    await Promise.all([dialnexa.close(), sentdm.close()]);
    rmSync(dir, { recursive: true, force: true });
  });
  writeFileSync(join(dir, 'hookbridge.config.json'), JSON.stringify({
    targets: {
      calls: { provider: 'dialnexa', apiKey: { env: 'DIALNEXA_API_KEY' }, baseUrl: dialnexa.sim.baseUrl, owns: ['https://app.example.com/hooks/'] },
      messages: { provider: 'sentdm', apiKey: { env: 'SENT_DM_API_KEY' }, baseUrl: sentdm.sim.baseUrl, owns: ['https://app.example.com/hooks/'] },
    },
    webhooks: [
      { target: 'calls', url: CALLS, events: ['call.completed', 'call.failed'] },
      { target: 'messages', url: MESSAGES, events: ['message'], name: 'messages' },
    ],
    prune: true,
  }));
  writeFileSync(join(dir, 'broken.json'), JSON.stringify({
    targets: { calls: { provider: 'dialnexa', apiKey: 'k' } }, webhooks: [{ target: 'nowhere', url: CALLS, events: ['x'] }],
  }));
  await dialnexa.hooks.create({ url: STRAY, events: ['call.completed'] });
  const env = { DIALNEXA_API_KEY: dialnexa.sim.apiKey, SENT_DM_API_KEY: sentdm.sim.apiKey };
  return { dialnexa, sentdm, dir, run: (args: string[]) => bin.run(args, { env, cwd: dir }) };
}

/** plan and apply on a config file in a folder of its own, against both simulators. */
export function syncSuite(bin: () => Bin): void {
  describe.concurrent('plan and apply', () => {
    it('plan prints the changes, --detailed-exitcode says 2, --json is the plan without credentials; config errors', async () => {
      const { dialnexa, sentdm, run } = await syncFixture(bin());
      const [text, detailed, json, broken, brokenDetailed] = await Promise.all([
        run(['plan']), run(['plan', '--detailed-exitcode']), run(['plan', '--json']),
        run(['plan', '-c', 'broken.json']), run(['plan', '-c', 'broken.json', '--detailed-exitcode']),
      ]);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain(`+ create calls ${CALLS}`);
      expect(text.stdout).toContain(`+ create messages ${MESSAGES}`);
      expect(text.stdout).toContain(`- delete calls ${STRAY}`);
      expect(text.stdout).toContain('Plan: 2 to create, 0 to update, 1 to delete');
      expect(detailed.code).toBe(2);
      expect((JSON.parse(json.stdout) as { summary: unknown }).summary).toEqual({ create: 2, update: 0, delete: 1, unchanged: 0 });
      for (const key of [dialnexa.sim.apiKey, sentdm.sim.apiKey]) expect(json.stdout + text.stdout + text.stderr).not.toContain(key);
      // A config error is a usage error (2), but never "changes" under --detailed-exitcode (1).
      expect(broken.code).toBe(2);
      expect(broken.stderr).toContain('webhooks[0].target');
      expect(brokenDetailed.code).toBe(1);
    });

    it('apply: refused without --yes or onto an existing file, then applied with the secrets only in a 0600 file', async () => {
      const { dialnexa, sentdm, dir, run } = await syncFixture(bin());
      writeFileSync(join(dir, 'taken.json'), 'keep me');
      const before = [dialnexa.sim.requests.length, sentdm.sim.requests.length] as const;
      const [noYes, taken] = await Promise.all([run(['apply']), run(['apply', '--yes', '--secrets-out', 'taken.json'])]);
      expect(noYes.code).toBe(2);
      expect(noYes.stderr).toContain('pass --yes');
      expect(taken.code).toBe(2);
      expect(taken.stderr).toContain('exists already');
      expect(readFileSync(join(dir, 'taken.json'), 'utf8')).toBe('keep me');
      const sent = [...dialnexa.sim.requests.slice(before[0]), ...sentdm.sim.requests.slice(before[1])];
      expect(sent.filter((request) => request.method !== 'GET')).toEqual([]);

      const { code, stdout, stderr } = await run(['apply', '--yes', '--secrets-out', 'secrets.json']);
      expect(code).toBe(0);
      expect(stdout).toContain('Applied: 2 created, 0 updated, 1 deleted.');
      const file = join(dir, 'secrets.json');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const secrets = JSON.parse(readFileSync(file, 'utf8')) as Array<{ target: string; url: string; secret: string }>;
      expect(secrets.map((secret) => secret.url).sort()).toEqual([CALLS, MESSAGES]);
      expect(dialnexa.sim.webhooks.map((record) => [record.url, record.secret])).toEqual([[CALLS, secrets.find((s) => s.url === CALLS)!.secret]]);
      for (const { secret } of secrets) expect(stdout + stderr).not.toContain(secret);
      const after = await run(['plan', '--detailed-exitcode']);
      expect(after.code).toBe(0);
      expect(after.stdout).toContain('No changes');
    });

    it('apply --json after drift is one document; --rotate-secrets without --secrets-out warns and prints no secret', async () => {
      const { dialnexa, run } = await syncFixture(bin());
      expect((await run(['apply', '--yes'])).code).toBe(0);
      const calls = (await dialnexa.hooks.list()).items.find((webhook) => webhook.url === CALLS)!;
      await dialnexa.hooks.update(calls.id, { events: ['call.completed'] });
      const fixed = await run(['apply', '--yes', '--json']);
      expect(fixed.code).toBe(0);
      const result = JSON.parse(fixed.stdout) as { changes: Array<{ action: string }>; secrets: unknown[] };
      expect(result.changes.map((change) => change.action)).toEqual(['update']);
      expect(result.secrets).toEqual([]);

      const rotated = await run(['apply', '--yes', '--rotate-secrets']);
      expect(rotated.code).toBe(0);
      expect(rotated.stderr).toContain('new secret(s) were made and not saved');
      expect(rotated.stdout + rotated.stderr).not.toContain(dialnexa.sim.webhooks[0]!.secret);
    });
  });
}
