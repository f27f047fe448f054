import { describe, expect, it } from 'vitest';
import { KeyPostings } from './key-postings.rules.js';

function scores(postings: KeyPostings, keys: Record<string, number>): Map<number, number> {
  const found = new Map<number, number>();
  postings.score(new Map(Object.entries(keys)), (slot, score) => found.set(slot, score));
  return found;
}

describe('KeyPostings', () => {
  it('adds up the weights of the keys each slot shares with the query', () => {
    const postings = new KeyPostings();
    postings.add(0, ['суд', 'штраф']);
    postings.add(1, ['суд']);
    postings.add(2, ['мемор']);
    expect(scores(postings, { суд: 4, штраф: 6, нет: 9 })).toEqual(
      new Map([
        [0, 10],
        [1, 4],
      ]),
    );
    expect(postings.frequency('суд')).toBe(2);
    expect(postings.frequency('нет')).toBe(0);
  });

  it('starts every scoring afresh', () => {
    const postings = new KeyPostings();
    postings.add(5, ['суд']);
    expect(scores(postings, { суд: 4 }).get(5)).toBe(4);
    expect(scores(postings, { суд: 4 }).get(5)).toBe(4);
  });

  it('forgets removed slots and grows past its first capacity', () => {
    const postings = new KeyPostings();
    for (let slot = 0; slot < 3000; slot++)
      postings.add(slot, ['суд', slot % 2 ? 'штраф' : 'арест']);
    for (let slot = 0; slot < 3000; slot += 3)
      postings.remove(slot, ['суд', slot % 2 ? 'штраф' : 'арест']);
    postings.remove(7, ['неизвестный']);
    expect(postings.frequency('суд')).toBe(2000);
    const found = scores(postings, { суд: 1, штраф: 2 });
    expect(found.size).toBe(2000);
    expect(found.get(2999)).toBe(3);
    expect(found.get(2998)).toBe(1);
    expect(found.has(2997)).toBe(false);
  });
});
