import { describe, expect, it } from 'vitest';
import { segmentText, splitParagraphs } from './segmenter.rules.js';

describe('splitParagraphs', () => {
  it('separates paragraphs at blank lines and joins soft-wrapped lines', () => {
    expect(splitParagraphs('Первая строка\nпродолжение.\n\nВторой абзац.')).toEqual([
      'Первая строка продолжение.',
      'Второй абзац.',
    ]);
  });

  it('treats several blank or white-space-only lines as one separator', () => {
    expect(splitParagraphs('Один.\n\n \t\n\nДва.\n   \nТри.')).toEqual(['Один.', 'Два.', 'Три.']);
  });

  it('makes every line a paragraph when the text has no blank line', () => {
    expect(splitParagraphs('Один абзац.\nДругой абзац.\n  \tТретий.  ')).toEqual([
      'Один абзац.',
      'Другой абзац.',
      'Третий.',
    ]);
  });

  it('reads Windows line ends like Unix ones', () => {
    expect(splitParagraphs('One\r\ntwo.\r\n\r\nThree.\r\n')).toEqual(['One two.', 'Three.']);
    expect(splitParagraphs('One.\r\nTwo.')).toEqual(['One.', 'Two.']);
  });

  it('collapses runs of spaces and tabs and trims paragraphs', () => {
    expect(splitParagraphs('  Штраф \t  до   100 тыс.\t руб.  \n\n\n  ')).toEqual([
      'Штраф до 100 тыс. руб.',
    ]);
  });

  it('normalises to NFC', () => {
    expect(splitParagraphs('И\u0306ошкар-Ола')).toEqual(['\u0419ошкар-Ола']);
  });

  it('gives nothing for empty text', () => {
    expect(splitParagraphs(' \n\r\n\t')).toEqual([]);
  });
});

describe('segmentText', () => {
  it('gives paragraphs with their sentences, each joining back into its paragraph', () => {
    const text =
      '28 декабря 2021 г. Верховный суд постановил ликвидировать «Мемориал».\nОрганизация обжаловала решение.\n\n' +
      'В. В. Путин подписал закон в г. Москве. Штраф — до 100 тыс. руб.';
    const segmented = segmentText('ru', text);
    expect(segmented).toEqual([
      {
        text: '28 декабря 2021 г. Верховный суд постановил ликвидировать «Мемориал». Организация обжаловала решение.',
        sentences: [
          '28 декабря 2021 г. Верховный суд постановил ликвидировать «Мемориал».',
          'Организация обжаловала решение.',
        ],
      },
      {
        text: 'В. В. Путин подписал закон в г. Москве. Штраф — до 100 тыс. руб.',
        sentences: ['В. В. Путин подписал закон в г. Москве.', 'Штраф — до 100 тыс. руб.'],
      },
    ]);
    for (const paragraph of segmented) expect(paragraph.sentences.join(' ')).toBe(paragraph.text);
  });

  it('uses the rules of the language it is given', () => {
    expect(segmentText('en', 'Mr. Smith left.\nDr. Jones stayed. He spoke.')).toEqual([
      { text: 'Mr. Smith left.', sentences: ['Mr. Smith left.'] },
      { text: 'Dr. Jones stayed. He spoke.', sentences: ['Dr. Jones stayed.', 'He spoke.'] },
    ]);
  });
});
