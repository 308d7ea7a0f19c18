import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { fakeIO } from './fake-io';
import { stubCatalogue } from './stub-catalogue';

async function run(argv: string[]) {
  const io = fakeIO({ tty: false });
  const code = await runCli(argv, io, stubCatalogue);
  return { code, ...io.written() };
}

// Mistakes on the command line, caught before anything is loaded or sent (in-process: the bin's
// exit codes and streams for the same rules are checked in bin.test.ts).
describe('usage errors', () => {
  it.each([
    [['lsit'], 'unknown command "lsit"'],
    [['--provider', 'dialnexa', 'list'], 'unknown flag --provider: flags come after the command'],
    [['list', '--sekret', 'whsec_value'], 'unknown flag --sekret (see hookbridge list --help)'],
    [['create', '--url', '--events', 'a'], '--url needs a value (URL)'],
    [['list', '--json=yes'], '--json takes no value'],
    [['get'], 'get needs ID'],
    [['get', 'a', 'whsec_stray'], 'get takes ID (got 2 arguments)'],
    [['list', 'extra'], 'list takes no arguments (got 1)'],
    [['simulate', 'nosuch'], 'unknown provider "nosuch": use one of alpha, beta'],
    [['list', '--limit', 'ten'], '--limit must be a whole number at least 1'],
    [['list', '--active', '--inactive'], '--active and --inactive contradict each other'],
    [['update', 'whk_1'], 'nothing to change'],
    [['create', '--url', 'https://app.example.com/h'], '--events is required'],
    [['trigger', 'alpha', '--url', 'ftp://x', '--secret', 's'], '--url must be an http or https URL'],
    [['verify', 'alpha', '--secret', 's', '--body-file', 'b', '-H', 'no colon'], "-H takes 'name: value'"],
    [['simulate', 'alpha', '--port', '70000'], '--port must be a whole number from 0 to 65535'],
  ])('%j: exit 2, "%s", nothing on stdout', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).not.toContain('whsec_');
  });

  it('plan --detailed-exitcode turns every error into 1, so that 2 only ever means "changes"', async () => {
    expect((await run(['plan', '--detailed-exitcode', '--bogus'])).code).toBe(1);
    expect((await run(['plan', '--bogus'])).code).toBe(2);
  });
});
