import { describe, expect, it } from 'vitest';
import { RecentIds } from '../../src/recent-ids';

describe('RecentIds: the latest ids, and no older ones', () => {
  it('remembers up to its capacity and forgets the oldest first', () => {
    const ids = new RecentIds(3);
    for (const id of ['a', 'b', 'c']) ids.add(id);
    expect(['a', 'b', 'c'].map((id) => ids.has(id))).toEqual([true, true, true]);
    ids.add('d');
    expect(['a', 'b', 'c', 'd'].map((id) => ids.has(id))).toEqual([false, true, true, true]);
  });

  it('adding an id it holds changes nothing, so a repeat does not push out an older id', () => {
    const ids = new RecentIds(2);
    ids.add('a');
    ids.add('b');
    ids.add('b');
    expect([ids.has('a'), ids.has('b')]).toEqual([true, true]);
  });

  it('holds no more than its capacity after a long run', () => {
    const ids = new RecentIds(100);
    for (let i = 0; i < 10_000; i++) ids.add(`wh_${i}`);
    const held = Array.from({ length: 10_000 }, (_, i) => ids.has(`wh_${i}`)).filter(Boolean).length;
    expect(held).toBe(100);
    expect(ids.has('wh_9999') && ids.has('wh_9900') && !ids.has('wh_9899')).toBe(true);
  });
});
