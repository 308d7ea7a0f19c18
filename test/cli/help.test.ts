import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands';
import { runCli } from '../../src/cli/run';
import { fakeIO } from './fake-io';
import { stubCatalogue as catalogue } from './stub-catalogue';

describe('each command\'s --help (in-process; the bin is spawned in bin.test.ts)', () => {
  it.each(COMMANDS.map((command) => command.name))('%s --help: usage, every flag, examples, on stdout', async (name) => {
    const io = fakeIO({ tty: false });
    await expect(runCli([name, '--help'], io, catalogue)).resolves.toBe(0);
    const { stdout, stderr } = io.written();
    expect(stderr).toBe('');
    expect(stdout).toContain(`Usage: hookbridge ${name}`);
    const command = COMMANDS.find((candidate) => candidate.name === name)!;
    for (const flag of Object.keys(command.flags)) expect(stdout).toContain(`--${flag}`);
    if (command.usesProvider) expect(stdout).toContain('--provider NAME');
    expect(stdout).toContain('-h, --help');
    expect(stdout).toMatch(new RegExp(`Examples:\\n  (\\S+=\\S+ )*hookbridge ${name}`));
  });

  it('-h is --help, and help comes before argument checks', async () => {
    const io = fakeIO({ tty: false });
    await expect(runCli(['verify', '-h'], io, catalogue)).resolves.toBe(0);
    expect(io.written().stdout).toContain('Usage: hookbridge verify <provider>');
  });
});
