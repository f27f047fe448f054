import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../source-blocks.rules.js';
import { plainTextToBody } from './text-import.rules.js';

describe('plainTextToBody', () => {
  it('makes each line a paragraph when the text has no blank line', () => {
    const pasted =
      '«Эхо Москвы» прекращает вещание.\r\n1 марта 2022 года совет директоров принял решение о ликвидации.\r\n';
    expect(plainTextToBody(pasted)).toBe(
      '«Эхо Москвы» прекращает вещание.\n\n1 марта 2022 года совет директоров принял решение о ликвидации.',
    );
  });

  it('joins wrapped lines when paragraphs are separated by blank lines', () => {
    const text = 'Верховный суд\nликвидировал «Мемориал».\n\n\n\nАпелляция\nотклонена.';
    expect(plainTextToBody(text)).toBe(
      'Верховный суд ликвидировал «Мемориал».\n\nАпелляция отклонена.',
    );
  });

  it('never turns a line into a heading, list item or quote', () => {
    const text = '# 1\n- минус\n* звезда\n+ плюс\n1. Мы требуем\n2) второе\n> не цитата\n\\- косая';
    const blocks = parseBlocks(plainTextToBody(text));
    expect(blocks.every((block) => block.kind === 'paragraph')).toBe(true);
    expect(blocks.map((block) => block.text)).toEqual([
      '# 1',
      '- минус',
      '* звезда',
      '+ плюс',
      '1. Мы требуем',
      '2) второе',
      '> не цитата',
      '\\- косая',
    ]);
  });

  it('joins marker-like lines of one paragraph and escapes the paragraph once', () => {
    expect(plainTextToBody('- 5 °C\n- 3 °C\n\nконец')).toBe('\\- 5 °C - 3 °C\n\nконец');
  });

  it('collapses whitespace and no-break spaces and returns nothing for blank text', () => {
    expect(plainTextToBody('  28\u00a0декабря\t\t2021  ')).toBe('28 декабря 2021');
    expect(plainTextToBody('\n \n\t')).toBe('');
  });
});
