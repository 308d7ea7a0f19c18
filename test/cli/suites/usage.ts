import { describe, expect, it } from 'vitest';
import type { Bin } from '../bin';

const COMMANDS = ['list', 'get', 'create', 'update', 'delete', 'rotate-secret', 'test', 'events', 'deliveries', 'plan', 'apply', 'simulate', 'trigger', 'verify'];

/** Help, version and usage errors: everything that never reaches a provider. */
export function usageSuite(bin: () => Bin): void {
  describe.concurrent('the command line', () => {
    it('--help lists every command, the exit codes and the providers, on stdout', async () => {
      const { code, stdout, stderr } = await bin().run(['--help']);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
      expect(stdout).toContain('4 authentication failed');
      expect(stdout).toMatch(/dialnexa\s+DIALNEXA_API_KEY/);
    });

    it('COMMAND --help shows its usage, flags and examples (each command: test/cli/help.test.ts)', async () => {
      const { code, stdout } = await bin().run(['list', '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain('Usage: hookbridge list');
      expect(stdout).toMatch(/Examples:\n  hookbridge list/);
    });

    it('help COMMAND is COMMAND --help; --version prints a version', async () => {
      const [help, version] = await Promise.all([bin().run(['help', 'trigger']), bin().run(['--version'])]);
      expect(help.stdout).toContain('Usage: hookbridge trigger <provider>');
      expect(version).toMatchObject({ code: 0, stderr: '' });
      expect(version.stdout.trim()).not.toBe('');
    });

    it('no command: the overview on stderr, exit 2', async () => {
      const { code, stdout, stderr } = await bin().run([]);
      expect([code, stdout]).toEqual([2, '']);
      expect(stderr).toContain('Usage: hookbridge <command>');
    });

    it('an unknown flag is a usage error (exit 2) that names it, not its value (the rest: test/cli/usage.test.ts)', async () => {
      const flag = await bin().run(['list', '--sekret', 'whsec_value']);
      expect(flag).toMatchObject({ code: 2, stdout: '' });
      expect(flag.stderr).toBe('error: unknown flag --sekret (see hookbridge list --help)\n');
    });

    it('no provider configured: a config error (exit 2) naming the flag and the variables', async () => {
      const { code, stderr } = await bin().run(['list']);
      expect(code).toBe(2);
      expect(stderr).toContain('--provider');
      expect(stderr).toContain('DIALNEXA_API_KEY');
    });
  });
}
