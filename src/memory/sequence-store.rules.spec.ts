import { describe, expect, it } from 'vitest';
import { SequenceStore } from './sequence-store.rules.js';
import { QueryAlignment, wordHash } from './word-alignment.rules.js';

const VOCABULARY = ['в', 'суд', 'по', 'статье', 'штраф', 'активистку', 'и', 'рублей', 'Мемориал'];

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function randomWords(random: () => number, count: number): string[] {
  return Array.from({ length: count }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!);
}

function directScore(alignment: QueryAlignment, words: string[]): number {
  return alignment.score(Uint32Array.from(words, wordHash), 0, words.length);
}

describe('SequenceStore', () => {
  it('aligns a stored entry as the alignment would align its words', () => {
    const store = new SequenceStore();
    store.set(3, ['суд', 'оштрафовал', 'активистку']);
    const alignment = new QueryAlignment(['суд', 'арестовал', 'активистку']);
    expect(store.align(3, alignment)).toBe(4 + 11);
  });

  it('gives nothing for a slot that is empty, deleted or never used', () => {
    const store = new SequenceStore();
    const alignment = new QueryAlignment(['суд', 'штраф']);
    store.set(0, ['суд', 'штраф']);
    store.delete(0);
    expect(store.align(0, alignment)).toBe(0);
    expect(store.align(1_000_000, alignment)).toBe(0);
  });

  it('keeps every entry right while entries come, go and are replaced', () => {
    const random = seeded(11);
    const store = new SequenceStore();
    const texts = new Map<number, string[]>();
    // Enough words that the shared array grows and is compacted several times.
    for (let step = 0; step < 6000; step++) {
      const slot = Math.floor(random() * 1500);
      if (random() < 0.3) {
        store.delete(slot);
        texts.delete(slot);
      } else {
        const words = randomWords(random, 5 + Math.floor(random() * 30));
        store.set(slot, words);
        texts.set(slot, words);
      }
    }
    const alignment = new QueryAlignment(randomWords(random, 30));
    for (const [slot, words] of texts) {
      expect(store.align(slot, alignment)).toBe(directScore(alignment, words));
    }
  });
});
