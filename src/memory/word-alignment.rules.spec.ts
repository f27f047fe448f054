import { describe, expect, it } from 'vitest';
import { alignedWords, estimatedShare, QueryAlignment, wordHash } from './word-alignment.rules.js';

/** The textbook quadratic weighted longest common subsequence, as the reference. */
function slowAlignment(queryWords: string[], entry: string[]): number {
  const query = alignedWords(queryWords);
  const rows = Array.from({ length: query.length + 1 }, () =>
    new Array<number>(entry.length + 1).fill(0),
  );
  for (let i = 1; i <= query.length; i++) {
    for (let j = 1; j <= entry.length; j++) {
      rows[i]![j] =
        query[i - 1] === entry[j - 1]
          ? rows[i - 1]![j - 1]! + query[i - 1]!.length + 1
          : Math.max(rows[i - 1]![j]!, rows[i]![j - 1]!);
    }
  }
  return rows[query.length]![entry.length]!;
}

function hashes(words: string[]): Uint32Array {
  return Uint32Array.from(words, wordHash);
}

function randomWords(random: () => number, count: number): string[] {
  const vocabulary = [
    'в',
    'суд',
    'по',
    'статье',
    'штраф',
    'активистку',
    'и',
    'на',
    'рублей',
    'Мемориал',
  ];
  return Array.from({ length: count }, () => vocabulary[Math.floor(random() * vocabulary.length)]!);
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('QueryAlignment', () => {
  it('weights shared words in order by their length plus a space', () => {
    const alignment = new QueryAlignment(['суд', 'оштрафовал', 'активистку']);
    const entry = hashes(['суд', 'арестовал', 'активистку']);
    expect(alignment.score(entry, 0, entry.length)).toBe(4 + 11);
    const reversed = hashes(['активистку', 'оштрафовал', 'суд']);
    expect(alignment.score(reversed, 0, reversed.length)).toBe(11);
  });

  it('leaves out words of one or two letters', () => {
    const alignment = new QueryAlignment(['в', 'суде', 'по', 'делу']);
    const entry = hashes(['в', 'суде', 'по', 'делу']);
    expect(alignment.score(entry, 0, entry.length)).toBe(5 + 5);
    expect(alignedWords(['в', 'суде', 'по', 'делу'])).toEqual(['суде', 'делу']);
  });

  it('agrees with the quadratic algorithm on texts full of repeated words', () => {
    const random = seeded(7);
    for (let round = 0; round < 300; round++) {
      const query = randomWords(random, 1 + Math.floor(random() * 40));
      const entry = randomWords(random, Math.floor(random() * 40));
      const alignment = new QueryAlignment(query);
      expect(alignment.score(hashes(entry), 0, entry.length)).toBe(slowAlignment(query, entry));
    }
  });

  it('scores only the given part of a sequence', () => {
    const alignment = new QueryAlignment(['нет', 'войне']);
    const stored = hashes(['нет', 'войне', 'мир', 'нет']);
    expect(alignment.score(stored, 2, 4)).toBe(4);
    expect(alignment.score(stored, 0, 0)).toBe(0);
  });
});

describe('estimatedShare', () => {
  it('grows with the aligned characters and is about 1 for texts aligned in full', () => {
    expect(estimatedShare(600, 600, 600)).toBeCloseTo(1, 2);
    expect(estimatedShare(300, 600, 600)).toBeGreaterThan(estimatedShare(200, 600, 600));
    expect(estimatedShare(0, 0, 0)).toBeGreaterThanOrEqual(0);
  });

  it('allows for chance matches, more when one unaligned stretch is much longer', () => {
    // 200 aligned characters: a 400-character entry keeps more of a 600-character query than
    // a 600-character one does, because its 200 other characters can pick their letters out
    // of the query's 400.
    expect(estimatedShare(200, 600, 400)).toBeGreaterThan(estimatedShare(200, 600, 600));
    expect(estimatedShare(200, 600, 600)).toBeGreaterThan(200 / 600);
  });
});
