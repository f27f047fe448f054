import { describe, expect, it } from 'vitest';
import { nameExpansions } from './name-expansions.rules.js';

const NAMES = [
  {
    cyrillic: 'Алексей Навальный',
    spelling: 'Alexei Navalny',
    variants: ['Aleksei Navalnyi', 'Navalny'],
  },
  { cyrillic: 'Ёлкин', spelling: 'Yolkin', variants: [] },
  { cyrillic: 'Олег Орлов', spelling: 'Oleg Orlov', variants: [] },
];

describe('nameExpansions', () => {
  const expand = nameExpansions(NAMES);

  it('adds the Cyrillic word for a word of a spelling or variant, paired by position', () => {
    expect(expand('navalny')).toEqual(['навальный', 'алексей навальный']);
    expect(expand('navalnyi')).toEqual(['навальный']);
    expect(expand('alexei')).toEqual(['алексей']);
    expect(expand('orlov')).toEqual(['орлов']);
  });

  it('adds the spellings for a word of the Cyrillic name, in any case form', () => {
    expect(expand('навальный')).toEqual(['navalny', 'navalnyi']);
    expect(expand('навального')).toEqual(['navalny', 'navalnyi']);
    expect(expand('орлова')).toEqual(['orlov']);
    expect(expand('орловым')).toEqual(['orlov']);
    expect(expand('орлов')).toEqual(['orlov']);
  });

  it('compares in the normal form: ё as е, case folded, possessive ’s ignored', () => {
    expect(expand('елкин')).toEqual(['yolkin']);
    expect(expand('yolkin')).toEqual(['елкин']);
    expect(expand('navalny’s')).toEqual(['навальный', 'алексей навальный']);
  });

  it('adds nothing for words that are not in the list', () => {
    expect(expand('memorial')).toEqual([]);
    expect(expand('суд')).toEqual([]);
    expect(nameExpansions([])('navalny')).toEqual([]);
  });

  it('ignores entries without words', () => {
    expect(
      nameExpansions([{ cyrillic: '—', spelling: 'Nobody', variants: ['!!!'] }])('nobody'),
    ).toEqual([]);
  });
});
