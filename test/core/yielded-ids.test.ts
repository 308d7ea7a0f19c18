import { describe, expect, it } from 'vitest';
import { YieldedIds } from '../../src/yielded-ids';

describe('YieldedIds: every id added, in fixed memory', () => {
  it('has every id added, however many (no false negatives)', () => {
    const ids = new YieldedIds();
    const added = Array.from({ length: 20_000 }, (_, i) => `wh_${i}_${(i * 2_654_435_761) % 1_000_003}`);
    for (const id of added) ids.add(id);
    expect(added.every((id) => ids.mayHave(id))).toBe(true);
  });

  it('says no to nearly every id never added: under 2% false matches after 10,000 ids', () => {
    const ids = new YieldedIds();
    for (let i = 0; i < 10_000; i++) ids.add(crypto.randomUUID());
    const strangers = Array.from({ length: 10_000 }, () => crypto.randomUUID());
    const falseMatches = strangers.filter((id) => ids.mayHave(id)).length;
    expect(falseMatches).toBeLessThan(200);
  });

  it('an empty filter has nothing', () => {
    expect(new YieldedIds().mayHave('wh_1')).toBe(false);
  });
});
