import { describe, expect, it } from 'vitest';
import {
  emphasisMarkup,
  escapeLineStart,
  inlineToPlainText,
  linkMarkup,
  normaliseBody,
  parseBlocks,
  serializeBlocks,
  type SourceBlock,
} from './source-blocks.rules.js';

const STATEMENT = `# Заявление о ликвидации «Мемориала»

28 декабря 2021 года Верховный суд России
ликвидировал [Международный «Мемориал»](https://www.memo.ru/ru-ru/).

## Мы требуем
1. Отменить решение суда.
2) Прекратить преследование *правозащитников*.
- Освободить **всех** политзаключённых
* Соблюдать Конституцию
+ Вернуть архивы

> «Мемориал» — это не организация, это движение.
> Его нельзя ликвидировать.

#### Контакты
Пишите нам.`;

describe('parseBlocks', () => {
  it('reads headings, list items, quotes and paragraphs of a statement', () => {
    expect(parseBlocks(STATEMENT)).toStrictEqual([
      { kind: 'heading', level: 1, text: 'Заявление о ликвидации «Мемориала»' },
      {
        kind: 'paragraph',
        text: '28 декабря 2021 года Верховный суд России ликвидировал [Международный «Мемориал»](https://www.memo.ru/ru-ru/).',
      },
      { kind: 'heading', level: 2, text: 'Мы требуем' },
      { kind: 'list-item', ordered: true, number: 1, text: 'Отменить решение суда.' },
      {
        kind: 'list-item',
        ordered: true,
        number: 2,
        text: 'Прекратить преследование *правозащитников*.',
      },
      { kind: 'list-item', ordered: false, text: 'Освободить **всех** политзаключённых' },
      { kind: 'list-item', ordered: false, text: 'Соблюдать Конституцию' },
      { kind: 'list-item', ordered: false, text: 'Вернуть архивы' },
      {
        kind: 'quote',
        text: '«Мемориал» — это не организация, это движение. Его нельзя ликвидировать.',
      },
      { kind: 'heading', level: 3, text: 'Контакты' },
      { kind: 'paragraph', text: 'Пишите нам.' },
    ]);
  });

  it('makes every line a paragraph when the text has no blank line at all', () => {
    const pasted =
      '«Эхо Москвы» закрыто.\n1 марта 2022 года совет директоров решил ликвидировать радиостанцию.\n# Что дальше';
    expect(parseBlocks(pasted)).toStrictEqual([
      { kind: 'paragraph', text: '«Эхо Москвы» закрыто.' },
      {
        kind: 'paragraph',
        text: '1 марта 2022 года совет директоров решил ликвидировать радиостанцию.',
      },
      { kind: 'heading', level: 1, text: 'Что дальше' },
    ]);
  });

  it('joins lines of a paragraph once a blank line exists anywhere', () => {
    expect(parseBlocks('\n\nЭхо\nМосквы\n\nзакрыто\n\n').map((block) => block.text)).toEqual([
      'Эхо Москвы',
      'закрыто',
    ]);
  });

  it('normalises NFC, CRLF, tabs, no-break spaces and control characters', () => {
    const decomposed = 'Е\u0308лка'; // Ё as E + combining diaeresis
    const blocks = parseBlocks(
      `${decomposed}\u00a0\t  стоит\r\nво\u0007 дворе\r\n\r\n\u2003 Второй  `,
    );
    expect(blocks).toStrictEqual([
      { kind: 'paragraph', text: 'Ёлка стоит во дворе' },
      { kind: 'paragraph', text: 'Второй' },
    ]);
    expect(blocks[0]!.text.startsWith('\u0401')).toBe(true);
  });

  it('needs a space after a marker: hashtags, negative numbers and emphasis stay text', () => {
    expect(
      parseBlocks('#НетВойне\n-5 °C\n**Важно**\n*курсив* в начале\n2022. Год\n>цитата'),
    ).toStrictEqual([
      { kind: 'paragraph', text: '#НетВойне' },
      { kind: 'paragraph', text: '-5 °C' },
      { kind: 'paragraph', text: '**Важно**' },
      { kind: 'paragraph', text: '*курсив* в начале' },
      { kind: 'list-item', ordered: true, number: 2022, text: 'Год' },
      { kind: 'paragraph', text: '>цитата' },
    ]);
    expect(parseBlocks('####### семь решёток')).toStrictEqual([
      { kind: 'paragraph', text: '####### семь решёток' },
    ]);
  });

  it('removes a backslash escape at the start of a line only', () => {
    const body =
      '\\- не список\n\n\\# не заголовок\n\n\\1. не пункт\n\n\\> не цитата\n\n\\\\- обратная косая\n\nтекст \\- внутри\n\n\\z остаётся';
    expect(parseBlocks(body).map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', '- не список'],
      ['paragraph', '# не заголовок'],
      ['paragraph', '1. не пункт'],
      ['paragraph', '> не цитата'],
      ['paragraph', '\\- обратная косая'],
      ['paragraph', 'текст \\- внутри'],
      ['paragraph', '\\z остаётся'],
    ]);
  });

  it('returns no blocks for an empty or blank body', () => {
    expect(parseBlocks('')).toEqual([]);
    expect(parseBlocks(' \n\t\n\u00a0')).toEqual([]);
  });
});

describe('serializeBlocks', () => {
  it('writes canonical markers separated by one blank line', () => {
    const blocks: SourceBlock[] = [
      { kind: 'heading', level: 2, text: 'Хроника' },
      { kind: 'list-item', ordered: true, number: 28, text: 'декабря: ликвидация' },
      { kind: 'list-item', ordered: false, text: 'апелляция' },
      { kind: 'quote', text: 'Нас нельзя ликвидировать' },
      { kind: 'paragraph', text: '- тире в начале абзаца' },
    ];
    expect(serializeBlocks(blocks)).toBe(
      '## Хроника\n\n28. декабря: ликвидация\n\n- апелляция\n\n> Нас нельзя ликвидировать\n\n\\- тире в начале абзаца',
    );
  });

  it('drops blocks without text and collapses whitespace inside text', () => {
    expect(
      serializeBlocks([
        { kind: 'paragraph', text: '  ' },
        { kind: 'quote', text: 'строка\nвторая\tстрока' },
      ]),
    ).toBe('> строка вторая строка');
  });

  const ROUND_TRIPS: Record<string, SourceBlock[]> = {
    statement: parseBlocks(STATEMENT),
    'marker lookalikes in paragraphs': [
      { kind: 'paragraph', text: '- 5 °C в Москве' },
      { kind: 'paragraph', text: '* звёздочка' },
      { kind: 'paragraph', text: '+ плюс' },
      { kind: 'paragraph', text: '### решётки' },
      { kind: 'paragraph', text: '> не цитата' },
      { kind: 'paragraph', text: '2021. Год ликвидации' },
      { kind: 'paragraph', text: '3) пункт' },
      { kind: 'paragraph', text: '\\- уже с косой' },
      { kind: 'paragraph', text: '\\\\ две косые' },
      { kind: 'paragraph', text: '\\ одна косая' },
    ],
    'markers inside blocks': [
      { kind: 'heading', level: 3, text: '# решётка в заголовке' },
      { kind: 'list-item', ordered: false, text: '- дефис в пункте' },
      { kind: 'list-item', ordered: true, number: 0, text: '1. номер в пункте' },
      { kind: 'quote', text: '> цитата в цитате' },
      { kind: 'quote', text: 'вторая цитата подряд' },
    ],
    'single paragraph': [{ kind: 'paragraph', text: 'Эхо Москвы' }],
    'inline markup': [
      {
        kind: 'paragraph',
        text: '[«Мемориал»](https://ru.wikipedia.org/wiki/Мемориал_(общество)) был *ликвидирован*',
      },
    ],
  };

  it('parses back generated blocks made of marker-like pieces', () => {
    const pieces = [
      '-',
      '*',
      '+',
      '#',
      '##',
      '>',
      '\\',
      '\\-',
      '1.',
      '2)',
      '«Мемориал»',
      '*em*',
      'ё',
    ];
    let seed = 2021;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const kinds = ['paragraph', 'heading', 'list-item', 'quote'] as const;
    for (let round = 0; round < 200; round += 1) {
      const blocks: SourceBlock[] = [];
      for (let b = 0; b <= next(4); b += 1) {
        const words = Array.from({ length: 1 + next(4) }, () => pieces[next(pieces.length)]!);
        const text = words.join(' ');
        const kind = kinds[next(kinds.length)]!;
        if (kind === 'heading') blocks.push({ kind, text, level: (1 + next(3)) as 1 | 2 | 3 });
        else if (kind === 'list-item' && next(2) === 0) blocks.push({ kind, text, ordered: false });
        else if (kind === 'list-item') blocks.push({ kind, text, ordered: true, number: next(30) });
        else blocks.push({ kind, text });
      }
      expect(parseBlocks(serializeBlocks(blocks))).toStrictEqual(blocks);
    }
  });

  for (const [name, blocks] of Object.entries(ROUND_TRIPS)) {
    it(`parses back what it wrote: ${name}`, () => {
      expect(parseBlocks(serializeBlocks(blocks))).toStrictEqual(blocks);
    });
  }
});

describe('normaliseBody', () => {
  it('rewrites a body into the canonical form and is idempotent', () => {
    const body = '* Первый\r\n+ Второй\r\n1) Третий\r\n\r\n###### Глубоко';
    const normal = normaliseBody(body);
    expect(normal).toBe('- Первый\n\n- Второй\n\n1. Третий\n\n### Глубоко');
    expect(normaliseBody(normal)).toBe(normal);
    expect(normaliseBody(STATEMENT)).toBe(normaliseBody(normaliseBody(STATEMENT)));
  });
});

describe('inlineToPlainText', () => {
  it('strips links and emphasis', () => {
    expect(inlineToPlainText('[Memorial](https://memo.ru/) was *closed*')).toBe(
      'Memorial was closed',
    );
    expect(inlineToPlainText('**Эхо _Москвы_** закрыто [ссылка](https://echo.msk.ru/a_(b))')).toBe(
      'Эхо Москвы закрыто ссылка',
    );
    expect(inlineToPlainText('***вместе***')).toBe('вместе');
  });

  it('leaves what is not markup alone', () => {
    expect(inlineToPlainText('2 * 3 * 4, snake_case, [файл](ftp://x.org), * звезда')).toBe(
      '2 * 3 * 4, snake_case, [файл](ftp://x.org), * звезда',
    );
  });
});

describe('markup helpers', () => {
  it('keeps spaces outside emphasis and links', () => {
    expect(emphasisMarkup(' закрыто ', '*')).toBe(' *закрыто* ');
    expect(emphasisMarkup('  ', '**')).toBe('  ');
    expect(linkMarkup(' Мемориал ', 'HTTPS://memo.ru/')).toBe(' [Мемориал](https://memo.ru/) ');
  });

  it('makes a link only when the text and URL can be read back', () => {
    expect(linkMarkup('alert', 'javascript:alert(1)')).toBe('alert');
    expect(linkMarkup('относительная', '/ru/news')).toBe('относительная');
    expect(linkMarkup('[1] сноска', 'https://memo.ru/')).toBe('[1] сноска');
    expect(linkMarkup('пробел', 'https://memo.ru/a b')).toBe('[пробел](https://memo.ru/a%20b)');
    expect(linkMarkup('скобка', 'https://x.org/a)b')).toBe('[скобка](https://x.org/a%29b)');
  });

  it('escapes only line starts that would be read as markers', () => {
    expect(escapeLineStart('- да')).toBe('\\- да');
    expect(escapeLineStart('-нет')).toBe('-нет');
    expect(escapeLineStart('\\#')).toBe('\\\\#');
  });
});
