import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from './abbreviations.rules.js';
import { splitSentences } from './segmenter.rules.js';

const LANGUAGES = ['ru', 'en'] as const;
const NEXT_WORD = { ru: 'Москва', en: 'Smith' };

describe('ABBREVIATIONS', () => {
  it('keeps a table of abbreviations per language with no form listed twice', () => {
    for (const language of LANGUAGES) {
      const { neverEnd, endBeforeCapital } = ABBREVIATIONS[language];
      const forms = [...neverEnd, ...endBeforeCapital].map((form) => form.toLowerCase());
      expect(new Set(forms).size).toBe(forms.length);
      expect(forms.every((form) => form.endsWith('.'))).toBe(true);
    }
  });

  it.each(LANGUAGES)(
    '%s: no neverEnd form ends a sentence before a capitalised word',
    (language) => {
      for (const form of ABBREVIATIONS[language].neverEnd) {
        const paragraph = `Text ${form} ${NEXT_WORD[language]} went on.`;
        expect(splitSentences(language, paragraph), form).toEqual([paragraph]);
      }
    },
  );

  it.each(LANGUAGES)(
    '%s: an endBeforeCapital form ends a sentence before a capital only',
    (language) => {
      for (const form of ABBREVIATIONS[language].endBeforeCapital) {
        const [first, next] = [`It was 5 ${form}`, `${NEXT_WORD[language]} went on.`];
        expect(splitSentences(language, `${first} ${next}`), form).toEqual([first, next]);
        const lower = `It was 5 ${form} and more.`;
        expect(splitSentences(language, lower), form).toEqual([lower]);
      }
    },
  );
});
