import { describe, expect, it } from 'vitest';
import { standMemoryPairs } from './stand-memory.js';

describe('standMemoryPairs', () => {
  it('pairs sentences in order, without markup or heading marks', () => {
    const pairs = standMemoryPairs({
      ru: '## Наша позиция\n\nСлово *война* под запретом. Кто-то уже получил 7 лет.',
      en: '## Our stand\n\nThe word *war* is banned. Somebody already has 7 years.',
    });
    expect(pairs).toEqual([
      { ru: 'Наша позиция', en: 'Our stand' },
      { ru: 'Слово война под запретом.', en: 'The word war is banned.' },
      { ru: 'Кто-то уже получил 7 лет.', en: 'Somebody already has 7 years.' },
    ]);
  });

  it('leaves out paragraphs whose sentence counts differ, and everything when paragraphs do', () => {
    expect(standMemoryPairs({ ru: 'Один. Два.\n\nТри.', en: 'One and two.\n\nThree.' })).toEqual([
      { ru: 'Три.', en: 'Three.' },
    ]);
    expect(standMemoryPairs({ ru: 'Один.\n\nДва.', en: 'One. Two.' })).toEqual([]);
  });
});
