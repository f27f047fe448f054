import { describe, expect, it } from 'vitest';
import type { Language, QaCheck } from './qa-check.rules.js';
import {
  emptyCheck,
  isBlank,
  lengthRatioCheck,
  lengthRatioRange,
  measuredLength,
  unchangedCheck,
  whitespaceCheck,
} from './unit-form.rules.js';

const run = (check: QaCheck, source: string, target: string, sourceLanguage: Language = 'ru') =>
  check.run({
    sourceLanguage,
    targetLanguage: sourceLanguage === 'ru' ? 'en' : 'ru',
    source,
    target,
  });
const keys = (check: QaCheck, source: string, target: string, sourceLanguage: Language = 'ru') =>
  run(check, source, target, sourceLanguage).map((found) => found.messageKey);

describe('empty', () => {
  it('reports a blank target, also one of spaces and invisible characters', () => {
    expect(run(emptyCheck, '«Мемориал» ликвидирован.', '')).toEqual([
      { check: 'empty', severity: 'error', messageKey: 'qa:empty', params: {} },
    ]);
    expect(isBlank(' \u00a0\u200b\n')).toBe(true);
  });

  it('passes any text', () => {
    expect(run(emptyCheck, '«Мемориал» ликвидирован.', 'Memorial has been liquidated.')).toEqual(
      [],
    );
  });
});

describe('unchanged', () => {
  it('reports a target copied from the source', () => {
    expect(keys(unchangedCheck, 'Мемориал ликвидирован', ' мемориал  ликвидирован')).toEqual([
      'qa:unchanged',
    ]);
    expect(keys(unchangedCheck, 'Memorial', 'Memorial', 'en')).toEqual(['qa:unchanged']);
  });

  it('passes copies of text without letters of the source language', () => {
    expect(keys(unchangedCheck, 'https://memohrc.org', 'https://memohrc.org')).toEqual([]);
    expect(keys(unchangedCheck, 'OVD-Info', 'OVD-Info')).toEqual([]);
    expect(keys(unchangedCheck, '24.02.2022', '24.02.2022', 'en')).toEqual([]);
  });

  it('passes a translation', () => {
    expect(keys(unchangedCheck, 'Мемориал ликвидирован', 'Memorial liquidated')).toEqual([]);
  });
});

describe('length-ratio', () => {
  const source = 'Верховный суд постановил ликвидировать «Мемориал».';

  it('passes a translation of ordinary length', () => {
    expect(
      keys(lengthRatioCheck, source, 'The Supreme Court ordered the liquidation of Memorial.'),
    ).toEqual([]);
  });

  it('reports a translation much shorter or much longer than the source', () => {
    expect(keys(lengthRatioCheck, source, 'Memorial closed.')).toEqual(['qa:length-ratio.short']);
    expect(
      run(
        lengthRatioCheck,
        source,
        `${'The Supreme Court of the Russian Federation ordered '.repeat(2)}Memorial closed.`,
      )[0],
    ).toMatchObject({ messageKey: 'qa:length-ratio.long', params: { min: 0.48, max: 1.98 } });
  });

  it('widens the range for short sentences, less and less as they grow', () => {
    // Correct translations of short sentences, 1.8 and 1.9 times their source.
    expect(
      keys(lengthRatioCheck, 'Суд отклонил жалобу.', 'The court turned down the appeal.'),
    ).toEqual([]);
    expect(
      keys(
        lengthRatioCheck,
        'Правозащитницу задержали у суда.',
        'The human rights defender was detained outside the court.',
      ),
    ).toEqual([]);
    expect(lengthRatioRange('ru>en', 60)).toEqual({ min: 0.5, max: 1.92 });
    expect(lengthRatioRange('ru>en', 300)).toEqual({ min: 0.58, max: 1.66 });
    expect(lengthRatioRange('en>ru', 30)).toEqual({ min: 0.5, max: 2.52 });
    // Half a short sentence is still too little.
    expect(keys(lengthRatioCheck, 'Правозащитницу задержали у суда.', 'Detained.')).toEqual([
      'qa:length-ratio.short',
    ]);
  });

  it('uses the range of the pair', () => {
    const english = 'The Supreme Court ordered Memorial closed.';
    expect(
      keys(lengthRatioCheck, english, 'Верховный суд постановил закрыть «Мемориал».', 'en'),
    ).toEqual([]);
    expect(keys(lengthRatioCheck, english, 'Суд закрыл «Мемориал».', 'en')).toEqual([
      'qa:length-ratio.short',
    ]);
  });

  it('skips short sources', () => {
    expect(
      keys(lengthRatioCheck, 'Хроника событий', 'Chronicle of events in Russia since 2022'),
    ).toEqual([]);
  });

  it('counts legal references alike in both languages', () => {
    expect(measuredLength('по ч. 1 ст. 280.3 УК', 'ru')).toBe(
      measuredLength('by Part 1 of Article 280.3 of the Criminal Code', 'en'),
    );
    expect(
      keys(
        lengthRatioCheck,
        'По ч. 1 ст. 280.3 УК возбуждено 100 дел.',
        'One hundred cases were opened under Part 1 of Article 280.3 of the Criminal Code.',
      ),
    ).toEqual([]);
  });
});

describe('whitespace', () => {
  it('reports double spaces with their count and spaces at the edges', () => {
    expect(run(whitespaceCheck, 'Мемориал', ' Memorial was  closed  in 2021. ')).toEqual([
      {
        check: 'whitespace',
        severity: 'warning',
        messageKey: 'qa:whitespace.double',
        params: { count: 2 },
      },
      { check: 'whitespace', severity: 'warning', messageKey: 'qa:whitespace.edges', params: {} },
    ]);
  });

  it('treats a no-break space next to a space as a double space', () => {
    expect(keys(whitespaceCheck, '', 'closed \u00a0in 2021')).toEqual(['qa:whitespace.double']);
  });

  it('passes single spaces, single no-break spaces and line breaks', () => {
    expect(keys(whitespaceCheck, '', 'Memorial was closed\u00a0— in 2021.\nRead more.')).toEqual(
      [],
    );
  });
});
