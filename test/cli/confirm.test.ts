import { describe, expect, it } from 'vitest';
import { confirmChange } from '../../src/cli/confirm';
import { exitCodeOf } from '../../src/cli/exit-codes';
import { fakeIO } from './fake-io';

// The prompt's logic on an injected terminal; test/cli/suites/terminal.ts runs it on a real pseudo-terminal.
describe('confirmChange', () => {
  it.each([['y\n', true], ['YES\r\n', true], [' y \n', true], ['n\n', false], ['\n', false], ['yep\n', false]])('answer %j -> %s', async (answer, agreed) => {
    const io = fakeIO({ tty: true });
    const asked = confirmChange(io, 'delete', 'Delete webhook wh_1?', false);
    io.stdin.write(answer);
    await expect(asked).resolves.toBe(agreed);
    expect(io.written().stderr).toBe('Delete webhook wh_1? [y/N] ');
  });

  it('an answer split across chunks is read whole', async () => {
    const io = fakeIO({ tty: true });
    const asked = confirmChange(io, 'apply', 'Apply?', false);
    io.stdin.write('y');
    io.stdin.write('es\n');
    await expect(asked).resolves.toBe(true);
  });

  it('end of input (Ctrl-D) is a no', async () => {
    const io = fakeIO({ tty: true });
    const asked = confirmChange(io, 'apply', 'Apply?', false);
    io.stdin.end();
    await expect(asked).resolves.toBe(false);
  });

  it('--yes goes ahead without asking, terminal or not', async () => {
    for (const tty of [true, false]) {
      const io = fakeIO({ tty });
      await expect(confirmChange(io, 'delete', 'Delete?', true)).resolves.toBe(true);
      expect(io.written().stderr).toBe('');
    }
  });

  it('without a terminal and without --yes: a usage error (exit 2) naming --yes, nothing asked', async () => {
    const io = fakeIO({ tty: false });
    const refusal = await confirmChange(io, 'delete', 'Delete?', false).catch((error: unknown) => error);
    expect(exitCodeOf(refusal)).toBe(2);
    expect((refusal as Error).message).toContain('pass --yes');
    expect(io.written().stderr).toBe('');
  });
});
