import { blank } from './blank-spans.rules.js';
import { finding, listValues, type QaCheck, type QaFinding } from './qa-check.rules.js';
import { findUrls } from './urls.rules.js';

const CYRILLIC_WORD = /[\p{L}\p{M}\d'’-]*\p{Script=Cyrillic}[\p{L}\p{M}\d'’-]*/gu;

/** Cyrillic left in an English text, outside URLs (links to Russian Wikipedia are fine). */
export const cyrillicInTargetCheck: QaCheck = {
  id: 'cyrillic-in-target',
  severity: 'error',
  pairs: ['ru>en'],
  run(input) {
    const found = blank(input.target, findUrls(input.target)).match(CYRILLIC_WORD) ?? [];
    return found.length > 0 ? [finding(this, { words: listValues(found) })] : [];
  },
};

// „…“ (and „…”) are the Russian quotes inside «…», so their closing mark is not an English one.
const NESTED_RUSSIAN_QUOTES = /„[^„“”«»]*[“”]/g;

export const quoteStyleCheck: QaCheck = {
  id: 'quote-style',
  severity: 'warning',
  pairs: ['ru>en', 'en>ru'],
  run(input) {
    const found =
      input.targetLanguage === 'en'
        ? (input.target.match(/[«»„]/g) ?? [])
        : (input.target.replace(NESTED_RUSSIAN_QUOTES, ' ').match(/["“”]/g) ?? []);
    return found.length > 0
      ? [finding(this, { quotes: listValues(found) }, input.targetLanguage)]
      : [];
  },
};

const EN_MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE_PATTERNS: Record<'en' | 'ru', Array<[string, RegExp]>> = {
  en: [
    ['numeric', /(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d{4}(?!\d)/g],
    ['year-suffix', /(?<!\d)\d{4}(?:\s*[-–—]\s*\d{4})?\s*(?:гг?\.|года|году|год)(?![\p{L}])/gu],
  ],
  ru: [
    ['us', /(?<![\d/])\d{1,2}\/\d{1,2}\/\d{2,4}(?![\d/])/g],
    [
      'english',
      new RegExp(
        String.raw`(?<!\d)\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${EN_MONTH}(?:,?\s+\d{4})?|(?<![\p{L}])${EN_MONTH}\s+(?:\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?|\d{4})(?!\d)`,
        'gu',
      ),
    ],
  ],
};

/** Dates written the way of the source language. */
export const dateFormatCheck: QaCheck = {
  id: 'date-format',
  severity: 'warning',
  pairs: ['ru>en', 'en>ru'],
  run(input) {
    const findings: QaFinding[] = [];
    for (const [variant, pattern] of DATE_PATTERNS[input.targetLanguage]) {
      const found = input.target.match(pattern) ?? [];
      if (found.length > 0) findings.push(finding(this, { dates: listValues(found) }, variant));
    }
    return findings;
  },
};
