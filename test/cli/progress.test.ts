import { describe, expect, it } from 'vitest';
import { startProgress } from '../../src/cli/progress';
import { fakeIO } from './fake-io';

const label = (count: number) => `listing: ${count}`;

describe('startProgress', () => {
  it('stays silent for a quick, small listing', () => {
    const io = fakeIO({ tty: true });
    const progress = startProgress(io, label, { afterMs: 1000, afterCount: 500 });
    for (let count = 1; count <= 300; count++) progress.update(count);
    io.advance(900);
    progress.update(301);
    progress.done();
    expect(io.written().stderr).toBe('');
  });

  it('draws after a second, at most ten times a second, then clears the line', () => {
    const io = fakeIO({ tty: true });
    const progress = startProgress(io, label, { afterMs: 1000, afterCount: 500 });
    io.advance(1000);
    progress.update(100);
    io.advance(50);
    progress.update(150);
    io.advance(50);
    progress.update(200);
    progress.done();
    expect(io.written().stderr).toBe('\r\u001B[2Klisting: 100\r\u001B[2Klisting: 200\r\u001B[2K');
    expect(io.written().stdout).toBe('');
  });

  it('draws after enough items even when fast', () => {
    const io = fakeIO({ tty: true });
    const progress = startProgress(io, label, { afterMs: 1000, afterCount: 500 });
    progress.update(499);
    progress.update(500);
    expect(io.written().stderr).toBe('\r\u001B[2Klisting: 500');
  });

  it('never draws when stderr is not a terminal', () => {
    const io = fakeIO({ tty: false });
    const progress = startProgress(io, label, { afterMs: 0, afterCount: 0 });
    io.advance(5000);
    progress.update(10_000);
    progress.done();
    expect(io.written().stderr).toBe('');
  });
});
