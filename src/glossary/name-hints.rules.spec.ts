import { describe, expect, it } from 'vitest';
import { NameFinder, findNameHints, transliterate, type ListedName } from './name-hints.rules.js';

const NAMES: ListedName[] = [
  {
    id: 1,
    cyrillic: 'Алексей Навальный',
    spelling: 'Alexei Navalny',
    variants: ['Aleksei Navalny'],
  },
  {
    id: 2,
    cyrillic: 'Юлия Навальная',
    spelling: 'Yulia Navalnaya',
    variants: ['Yuliya Navalnaya'],
  },
  { id: 3, cyrillic: 'Михаил Ходорковский', spelling: 'Mikhail Khodorkovsky', variants: [] },
  { id: 4, cyrillic: 'Пётр Верзилов', spelling: 'Pyotr Verzilov', variants: ['Petr Verzilov'] },
];

function hints(text: string, names = NAMES) {
  return findNameHints(text, names).map(({ text: slice, suggestion, source, nameId }) => ({
    slice,
    suggestion,
    source,
    ...(nameId === undefined ? {} : { nameId }),
  }));
}

describe('transliterate', () => {
  it('follows the Wikipedia scheme', () => {
    expect(transliterate('Пётр')).toBe('Pyotr');
    expect(transliterate('Алексей Навальный')).toBe('Aleksey Navalny');
    expect(transliterate('Юлия Навальная')).toBe('Yuliya Navalnaya');
  });
});

describe('findNameHints', () => {
  it('uses the name list over the scheme, for inflected full names', () => {
    expect(hints('Вчера Юлию Навальную встретили в Берлине.')).toEqual([
      { slice: 'Юлию Навальную', suggestion: 'Yulia Navalnaya', source: 'name-list', nameId: 2 },
      { slice: 'Берлине', suggestion: 'Berline', source: 'transliteration' },
    ]);
    expect(hints('Суд оставил в силе приговор Алексея Навального.')).toEqual([
      { slice: 'Алексея Навального', suggestion: 'Alexei Navalny', source: 'name-list', nameId: 1 },
    ]);
  });

  it('finds a listed surname alone and suggests the surname spelling', () => {
    expect(hints('Соратники Навального уехали.')).toEqual([
      { slice: 'Навального', suggestion: 'Navalny', source: 'name-list', nameId: 1 },
    ]);
    expect(hints('Письмо подписала и Навальная.')).toEqual([
      { slice: 'Навальная', suggestion: 'Navalnaya', source: 'name-list', nameId: 2 },
    ]);
  });

  it('tells apart two listed surnames of one stem by their case forms', () => {
    expect(hints('Письмо Навальной прочитали, а Навального помнят.')).toEqual([
      { slice: 'Навальной', suggestion: 'Navalnaya', source: 'name-list', nameId: 2 },
      { slice: 'Навального', suggestion: 'Navalny', source: 'name-list', nameId: 1 },
    ]);
    expect(hints('Встреча с Юлией Навальной.')).toEqual([
      { slice: 'Юлией Навальной', suggestion: 'Yulia Navalnaya', source: 'name-list', nameId: 2 },
    ]);
  });

  it('finds listed names at the start of a sentence too, and with or without ё', () => {
    expect(hints('Михаил Ходорковский выступил. Петр Верзилов тоже.')).toEqual([
      {
        slice: 'Михаил Ходорковский',
        suggestion: 'Mikhail Khodorkovsky',
        source: 'name-list',
        nameId: 3,
      },
      { slice: 'Петр Верзилов', suggestion: 'Pyotr Verzilov', source: 'name-list', nameId: 4 },
    ]);
  });

  it('transliterates a run of capitalised words as one name', () => {
    expect(hints('Вместе с ним задержали Петра Сергеевича Иванова и Анну.', [])).toEqual([
      {
        slice: 'Петра Сергеевича Иванова',
        suggestion: 'Petra Sergeevicha Ivanova',
        source: 'transliteration',
      },
      { slice: 'Анну', suggestion: 'Annu', source: 'transliteration' },
    ]);
  });

  it('leaves sentence-initial words and abbreviations alone', () => {
    expect(
      hints(
        'Москва. «Суды» продолжаются. — Сегодня УК и КоАП ОВД-Инфо обсудили в Санкт-Петербурге.',
        [],
      ),
    ).toEqual([
      { slice: 'Санкт-Петербурге', suggestion: 'Sankt-Peterburge', source: 'transliteration' },
    ]);
  });

  it('does not take a lower-case word for a listed surname', () => {
    const names: ListedName[] = [
      { id: 5, cyrillic: 'Егор Жуков', spelling: 'Yegor Zhukov', variants: [] },
    ];
    expect(hints('Он собирал жуков, а потом пришёл Жуков.', names)).toEqual([
      { slice: 'Жуков', suggestion: 'Zhukov', source: 'name-list', nameId: 5 },
    ]);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Адвокаты Алексея Навального и Пётр Иванов.';
    for (const hint of findNameHints(text, NAMES))
      expect(text.slice(hint.start, hint.end)).toBe(hint.text);
    expect(findNameHints(text, NAMES).map((hint) => hint.start)).toEqual([9, 30]);
  });

  it('ignores Latin words', () => {
    expect(hints('Он писал в Telegram и для Meduza.', [])).toEqual([]);
  });
});

describe('NameFinder for English', () => {
  const finder = new NameFinder(NAMES, 'latin');
  const found = (text: string) =>
    finder.find(text).map(({ text: slice, suggestion, nameId }) => ({ slice, suggestion, nameId }));

  it('finds listed spellings and variants with their Cyrillic form', () => {
    expect(found('Alexei Navalny and Petr Verzilov')).toEqual([
      { slice: 'Alexei Navalny', suggestion: 'Алексей Навальный', nameId: 1 },
      { slice: 'Petr Verzilov', suggestion: 'Пётр Верзилов', nameId: 4 },
    ]);
  });

  it('finds a surname alone, possessive too, and suggests the Cyrillic surname', () => {
    expect(found("Navalny's widow Yulia Navalnaya")).toEqual([
      { slice: "Navalny's", suggestion: 'Навальный', nameId: 1 },
      { slice: 'Yulia Navalnaya', suggestion: 'Юлия Навальная', nameId: 2 },
    ]);
    expect(found('Khodorkovsky lives in London.')).toEqual([
      { slice: 'Khodorkovsky', suggestion: 'Ходорковский', nameId: 3 },
    ]);
  });

  it('does not take a lower-case word for a listed name', () => {
    const frost = new NameFinder(
      [{ id: 9, cyrillic: 'Джек Фрост', spelling: 'Jack Frost', variants: [] }],
      'latin',
    );
    expect(frost.find('A frost came; then Frost spoke.').map((hint) => hint.start)).toEqual([19]);
  });
});
