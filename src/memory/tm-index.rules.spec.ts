import { describe, expect, it } from 'vitest';
import { matchQuality } from './match-quality.rules.js';
import { bruteForceSearch, TmIndex } from './tm-index.rules.js';
import type { TmEntry } from './tm-ranking.rules.js';

const FINE = 'Суд оштрафовал активистку на 30 000 рублей за антивоенный пост.';

function indexOf(entries: TmEntry[]): TmIndex {
  const index = new TmIndex();
  for (const entry of entries) index.add(entry);
  return index;
}

const entries: TmEntry[] = [
  {
    id: 1,
    source: FINE,
    target: 'The court fined the activist 30,000 roubles for an anti-war post.',
  },
  { id: 2, source: 'Суд оштрафовал активиста на 45 000 рублей за антивоенный пост.', target: '…' },
  {
    id: 3,
    source: 'Суд арестовал активистку на 15 суток за одиночный пикет у здания суда.',
    target: '…',
  },
  { id: 4, source: 'Минюст внёс «Мемориал» в реестр иностранных агентов.', target: '…' },
  { id: 5, source: 'Мемориала больше нет.', target: '…' },
  { id: 6, source: '***', target: '***' },
];

describe('TmIndex', () => {
  const index = indexOf(entries);

  it('finds an exact match at 100 with its translation', () => {
    expect(index.search(FINE)[0]).toEqual({ ...entries[0], quality: 100 });
  });

  it('ignores case, ё and white space for an exact match', () => {
    expect(
      index.search('  МИНЮСТ внес «Мемориал» в  реестр иностранных агентов. ')[0],
    ).toMatchObject({
      id: 4,
      quality: 100,
    });
  });

  it('orders fuzzy matches best first, with the qualities matchQuality gives', () => {
    const query = 'Суд оштрафовал активистку на 35 000 рублей за антивоенный пост.';
    const matches = index.search(query);
    expect(matches.map((match) => [match.id, match.quality])).toEqual([
      [1, 98],
      [2, 95],
    ]);
    const loose = index.search(query, { minQuality: 40 });
    expect(loose.map((match) => match.id)).toEqual([1, 2, 3]);
    for (const match of loose) expect(match.quality).toBe(matchQuality(query, match.source));
  });

  it('cuts at minQuality and at limit', () => {
    const query = 'Суд оштрафовал активистку на 35 000 рублей за антивоенный пост.';
    expect(index.search(query, { minQuality: 96 }).map((match) => match.id)).toEqual([1]);
    expect(index.search(query, { limit: 1 }).map((match) => match.id)).toEqual([1]);
    expect(index.search(query, { minQuality: 40, limit: 2 }).map((match) => match.id)).toEqual([
      1, 2,
    ]);
    expect(index.search(query, { limit: 0 })).toEqual([]);
    expect(
      index.search('Совершенно другой текст о погоде в Архангельске', { minQuality: 50 }),
    ).toEqual([]);
  });

  it('breaks ties by the lower id', () => {
    const twins = indexOf([
      { id: 9, source: 'Апелляцию рассмотрят в июле.', target: 'a' },
      { id: 8, source: 'Апелляцию рассмотрят в мае.', target: 'b' },
      { id: 7, source: 'АПЕЛЛЯЦИЮ рассмотрят в июле.', target: 'c' },
    ]);
    const matches = twins.search('Апелляцию рассмотрят в июне.');
    expect(matches.map((match) => [match.id, match.quality])).toEqual([
      [7, 96],
      [9, 96],
      [8, 89],
    ]);
  });

  it('answers a short query, also when only an inflected form is stored', () => {
    expect(index.search('Мемориал', { minQuality: 30 })).toMatchObject([{ id: 5, quality: 38 }]);
    expect(index.search('Мемориала нет')).toMatchObject([{ id: 5, quality: 62 }]);
  });

  it('finds texts without words by their length', () => {
    expect(index.search('***')[0]).toMatchObject({ id: 6, quality: 100 });
  });

  it('removes entries and replaces an entry added again under its id', () => {
    const changing = indexOf(entries);
    changing.remove(1);
    changing.remove(99);
    expect(changing.size).toBe(entries.length - 1);
    expect(changing.search(FINE).map((match) => match.id)).not.toContain(1);
    changing.add({ id: 2, source: 'Заседание перенесли.', target: 'The hearing was adjourned.' });
    expect(changing.size).toBe(entries.length - 1);
    expect(changing.search(FINE, { minQuality: 40 }).map((match) => match.id)).toEqual([3]);
    expect(changing.search('Заседание перенесли')[0]).toMatchObject({
      id: 2,
      target: 'The hearing was adjourned.',
    });
    changing.add(entries[0]!);
    expect(changing.search(FINE)[0]).toMatchObject({ id: 1, quality: 100 });
  });
});

// A small news-like corpus: the index must rank like the reference scan on it.
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const PARTS = [
  ['Суд', 'Районный суд', 'Мировой судья', 'Апелляционный суд', 'Следователь'],
  ['оштрафовал', 'арестовал', 'оправдал', 'отпустил под залог', 'приговорил к сроку'],
  ['активистку', 'журналиста', 'учительницу', 'пенсионера', 'студентку', 'художника'],
  ['из Перми', 'из Казани', 'из Омска', 'из Твери', 'из Москвы', 'из Пскова'],
  ['за пост', 'за пикет', 'за листовки', 'за комментарий', 'за рисунок', 'за песню'],
  ['о войне.', 'у здания администрации.', 'в телеграм-канале.', 'на остановке.', 'в школе.'],
];

function sentence(random: () => number): string {
  return PARTS.map((words) => words[Math.floor(random() * words.length)]).join(' ');
}

function edit(text: string, random: () => number): string {
  const words = text.split(' ');
  const at = Math.floor(random() * words.length);
  words[at] = random() < 0.5 ? 'также' : words[at]!.slice(0, -1);
  return words.join(' ');
}

describe('TmIndex against bruteForceSearch', () => {
  const random = seeded(42);
  const corpus: TmEntry[] = Array.from({ length: 400 }, (_, i) => {
    const sentences = 1 + Math.floor(random() * 4);
    const source = Array.from({ length: sentences }, () => sentence(random)).join(' ');
    return { id: i + 1, source, target: `translation ${i + 1}` };
  });
  const index = indexOf(corpus);
  const queries = Array.from({ length: 150 }, (_, i) =>
    i % 3 === 0
      ? sentence(random)
      : edit(corpus[Math.floor(random() * corpus.length)]!.source, random),
  );

  it('finds the same best match for edited entries and new sentences', () => {
    for (const query of queries) {
      expect(index.search(query, { limit: 1 })).toEqual(
        bruteForceSearch(corpus, query, { limit: 1 }),
      );
    }
  });

  it('returns only true qualities above minQuality', () => {
    for (const query of queries.slice(0, 40)) {
      for (const match of index.search(query, { limit: 10, minQuality: 60 })) {
        expect(match.quality).toBe(matchQuality(query, match.source));
        expect(match.quality).toBeGreaterThanOrEqual(60);
      }
    }
  });
});

describe('TmIndex over thousands of paragraphs', () => {
  // Enough entries that common words are skipped and the pool is a fraction of the entries.
  const random = seeded(2024);
  const corpus: TmEntry[] = Array.from({ length: 3000 }, (_, i) => {
    const sentences = 3 + Math.floor(random() * 4);
    const source = Array.from({ length: sentences }, () => sentence(random)).join(' ');
    return { id: i + 1, source, target: `translation ${i + 1}` };
  });
  const index = indexOf(corpus);

  it('finds the entry an edited paragraph came from, as the reference scan does', () => {
    for (let round = 0; round < 20; round++) {
      const original = corpus[Math.floor(random() * corpus.length)]!;
      const query = edit(edit(original.source, random), random);
      const [best] = index.search(query, { limit: 1 });
      expect(best).toEqual(bruteForceSearch(corpus, query, { limit: 1 })[0]);
      expect(best?.quality).toBeGreaterThanOrEqual(90);
    }
  });
});
