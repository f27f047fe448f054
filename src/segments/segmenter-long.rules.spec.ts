import { describe, expect, it } from 'vitest';
import { splitSentences } from './segmenter.rules.js';

// Long paragraphs are segmented window by window; the windows must not show in the result.

describe('splitSentences on long paragraphs', () => {
  it('gives the same sentences for a paragraph however long it is', () => {
    const sentences = [
      'В 2022 г. Госдума приняла закон о «фейках».',
      'Его обвинили по ст. 280.3 УК.',
      'Мы ждали… и дождались.',
      'В. В. Путин подписал закон.',
      'За что?',
      'Запрещены флаги, лозунги и т. д.',
      'Суды это подтверждают.',
    ];
    const repeated = Array.from({ length: 400 }, () => sentences).flat();
    expect(splitSentences('ru', repeated.join(' '))).toEqual(repeated);
  });

  it('keeps a sentence longer than any window whole', () => {
    const sentence = `Суд отклонил жалобу ${'и ещё одну '.repeat(2_000)}в тот же день.`;
    expect(splitSentences('ru', `${sentence} Потом был приговор.`)).toEqual([
      sentence,
      'Потом был приговор.',
    ]);
  });

  it('reads a long run of initials as one sentence', () => {
    const text = 'А. А. '.repeat(20_000).trim();
    expect(splitSentences('ru', text)).toEqual([text]);
    expect(splitSentences('en', `${text} End.`)).toEqual([`${text} End.`]);
  });

  it('splits a long run of short questions at every one', () => {
    const text = 'Да? '.repeat(10_000).trim();
    expect(splitSentences('ru', text)).toEqual(Array.from({ length: 10_000 }, () => 'Да?'));
  });
});
