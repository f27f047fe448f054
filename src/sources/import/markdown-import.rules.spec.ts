import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../source-blocks.rules.js';
import { ImportError } from './import-error.rules.js';
import { markdownToBody } from './markdown-import.rules.js';

const STATEMENT = `Заявление
=========

Мы, сотрудники **«Эха Москвы»**, узнали о решении совета директоров
ликвидировать радиостанцию [из новостей](https://echo.msk.ru/news/).

Наши требования
---------------

1. Отменить решение о ликвидации;
2. вернуть эфир:
   * на частоте 91,2 FM,
   * на сайте _echo.msk.ru_.

7) седьмой пункт

> «Эхо» закрыли, но его слушатели остались.
> Мы продолжим работу.
>
> — редакция

#### Подпись
`;

describe('markdownToBody', () => {
  it('keeps headings, flattened lists, quotes, links and emphasis', () => {
    expect(parseBlocks(markdownToBody(STATEMENT))).toStrictEqual([
      { kind: 'heading', level: 1, text: 'Заявление' },
      {
        kind: 'paragraph',
        text: 'Мы, сотрудники **«Эха Москвы»**, узнали о решении совета директоров ликвидировать радиостанцию [из новостей](https://echo.msk.ru/news/).',
      },
      { kind: 'heading', level: 2, text: 'Наши требования' },
      { kind: 'list-item', ordered: true, number: 1, text: 'Отменить решение о ликвидации;' },
      { kind: 'list-item', ordered: true, number: 2, text: 'вернуть эфир:' },
      { kind: 'list-item', ordered: false, text: 'на частоте 91,2 FM,' },
      { kind: 'list-item', ordered: false, text: 'на сайте *echo.msk.ru*.' },
      { kind: 'list-item', ordered: true, number: 7, text: 'седьмой пункт' },
      { kind: 'quote', text: '«Эхо» закрыли, но его слушатели остались. Мы продолжим работу.' },
      { kind: 'quote', text: '— редакция' },
      { kind: 'heading', level: 3, text: 'Подпись' },
    ]);
  });

  it('turns code into plain text and images into their alt text', () => {
    const source =
      'Иск подан по `ст. 13.15 КоАП` ![Здание «Мемориала» на Каретном ряду](memorial.jpg).\n\n' +
      '```\n# не заголовок\n- не список\n```\n\n    отступ — тоже код';
    expect(parseBlocks(markdownToBody(source))).toStrictEqual([
      {
        kind: 'paragraph',
        text: 'Иск подан по ст. 13.15 КоАП Здание «Мемориала» на Каретном ряду.',
      },
      { kind: 'paragraph', text: '# не заголовок' },
      { kind: 'paragraph', text: '- не список' },
      { kind: 'paragraph', text: 'отступ — тоже код' },
    ]);
  });

  it('makes one paragraph per table row and drops horizontal rules', () => {
    const source = `| Дата | Событие |\n|---|---|\n| 28.12.2021 | Ликвидация |\n| 05.04.2022 |  |\n\n---\n\nКонец.`;
    expect(markdownToBody(source)).toBe(
      'Дата | Событие\n\n28.12.2021 | Ликвидация\n\n05.04.2022\n\nКонец.',
    );
  });

  it('drops raw HTML tags, scripts with their code, and non-http links', () => {
    const source =
      '<script>alert("XSS")</script>\n\n' +
      '<div align="center"><b>Мемориал</b></div>\n\n' +
      'Текст <span onclick="x()">с тегом</span> [клик](javascript:alert(1)) [почта](mailto:a@b.ru) [сайт](https://memo.ru/)';
    const body = markdownToBody(source);
    expect(body).toBe('**Мемориал**\n\nТекст с тегом клик почта [сайт](https://memo.ru/)');
  });

  it('escapes paragraph text that would read as a marker', () => {
    const body = markdownToBody('\\- минус пять\n\n\\# решётка');
    expect(body).toBe('\\- минус пять\n\n\\# решётка');
    expect(parseBlocks(body).map((block) => block.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('returns an empty body for a document of rules and empty links', () => {
    expect(markdownToBody('---\n\n***\n\n[](https://memo.ru/)')).toBe('');
  });

  it('refuses nesting at which markdown-it would drop text, and keeps it all just below', () => {
    const list = (depth: number) =>
      Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- пункт ${i}`).join('\n') +
      '\n\nпосле списка';
    // markdown-it used to end the document at depth 50: "после списка" and more were lost.
    expect(() => markdownToBody(list(50))).toThrow(ImportError);
    const kept = markdownToBody(list(15));
    expect(kept).toContain('пункт 14');
    expect(() => markdownToBody(list(16))).toThrow(ImportError);
    expect(kept.endsWith('после списка')).toBe(true);
    const quotes = (depth: number) => `${'> '.repeat(depth)}цитата\n\nпосле`;
    expect(() => markdownToBody(quotes(31))).toThrow(ImportError);
    expect(markdownToBody(quotes(30))).toBe('> цитата\n\nпосле');
  });
});
