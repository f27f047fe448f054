import { describe, expect, it } from 'vitest';
import { diffWords, type DiffPart } from './word-diff.rules.js';

function side(parts: DiffPart[], kind: 'added' | 'removed'): string {
  return parts
    .filter((part) => part.kind === 'same' || part.kind === kind)
    .map((part) => part.value)
    .join('');
}

describe('diffWords', () => {
  it('diffs Cyrillic by whole words, not letters', () => {
    expect(diffWords('Суд оштрафовал активистку', 'Суд арестовал активистку', 'ru')).toEqual([
      { value: 'Суд ', kind: 'same' },
      { value: 'оштрафовал', kind: 'removed' },
      { value: 'арестовал', kind: 'added' },
      { value: ' активистку', kind: 'same' },
    ]);
  });

  it('merges adjacent changes of the same kind into one part', () => {
    const parts = diffWords(
      'Суд оштрафовал активистку на 30 000 рублей',
      'Суд арестовал журналистку на 30 000 рублей',
      'ru',
    );
    expect(parts.filter((part) => part.kind === 'removed')).toEqual([
      { value: 'оштрафовал активистку', kind: 'removed' },
    ]);
    expect(parts.filter((part) => part.kind === 'added')).toEqual([
      { value: 'арестовал журналистку', kind: 'added' },
    ]);
    for (let i = 1; i < parts.length; i++) expect(parts[i]!.kind).not.toBe(parts[i - 1]!.kind);
  });

  it('rebuilds both texts from the parts', () => {
    const before = 'The court fined the activist 30,000 roubles.';
    const after = 'On Monday the court fined the journalist 45,000 roubles!';
    const parts = diffWords(before, after, 'en');
    expect(side(parts, 'removed')).toBe(before);
    expect(side(parts, 'added')).toBe(after);
  });

  it('reports an insertion and a deletion without touching the rest', () => {
    expect(diffWords('Мемориал ликвидирован', 'Мемориал принудительно ликвидирован', 'ru')).toEqual(
      [
        { value: 'Мемориал ', kind: 'same' },
        { value: 'принудительно ', kind: 'added' },
        { value: 'ликвидирован', kind: 'same' },
      ],
    );
    const removed = diffWords('Мемориал принудительно ликвидирован', 'Мемориал ликвидирован', 'ru');
    expect(removed.filter((part) => part.kind !== 'same')).toEqual([
      { value: 'принудительно ', kind: 'removed' },
    ]);
  });

  it('gives one unchanged part for equal texts and nothing for two empty ones', () => {
    expect(diffWords('Нет войне', 'Нет войне', 'ru')).toEqual([
      { value: 'Нет войне', kind: 'same' },
    ]);
    expect(diffWords('', '', 'ru')).toEqual([]);
  });
});
