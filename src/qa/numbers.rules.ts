import { blank, type Span } from './blank-spans.rules.js';
import type { Language } from './qa-check.rules.js';
import { findLegalReferences } from './legal-references.rules.js';
import { findUrls } from './urls.rules.js';

/** A month counts only where it is part of a date with a day ("24 февраля", "February 24"). */
export type NumberKind = 'number' | 'month';

export interface NumberMention {
  kind: NumberKind;
  value: number;
  /** As written, to show the translator. */
  text: string;
}

interface Located extends NumberMention {
  start: number;
  end: number;
}

const GROUP_SPACE = '[ \\u00a0\\u202f\\u2009]';
const RU_SCALES: Array<[RegExp, number]> = [
  [/^тыс/iu, 1e3],
  [/^(?:млн|миллион)/iu, 1e6],
  [/^(?:млрд|миллиард)/iu, 1e9],
  [/^(?:трлн|триллион)/iu, 1e12],
];
const EN_SCALES: Array<[RegExp, number]> = [
  [/^(?:thousand|k)$/iu, 1e3],
  [/^(?:million|mln|m)$/iu, 1e6],
  [/^(?:billion|bn)$/iu, 1e9],
  [/^trillion$/iu, 1e12],
];

const NUMBER_PATTERN: Record<Language, RegExp> = {
  ru: new RegExp(
    String.raw`(?<![\p{L}\d.,])(?<digits>\d{1,3}(?:${GROUP_SPACE}\d{3})+(?!\d)|\d+)(?<fraction>[.,]\d+)?(?:-[а-яё]{1,3}(?![\p{L}]))?(?:\s*(?<scale>тыс(?:яч\p{L}*)?\.?|млн\.?|миллион\p{L}*|млрд\.?|миллиард\p{L}*|трлн\.?|триллион\p{L}*)(?![\p{L}]))?`,
    'giu',
  ),
  // "m" and "k" are amounts only after a currency sign ("$2.5m"); elsewhere they are metres.
  en: new RegExp(
    String.raw`(?<currency>[$€£₽]\s?)?(?<![\p{L}\d.,])(?<digits>\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:${GROUP_SPACE}\d{3})+(?!\d)|\d+)(?<fraction>\.\d+)?(?:(?<short>bn|m|k)(?![\p{L}])|(?:st|nd|rd|th|s)(?![\p{L}]))?(?:\s*(?<scale>thousand|million|mln|billion|bn|trillion)(?![\p{L}]))?`,
    'giu',
  ),
};

const RU_MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const EN_MONTHS = [
  'Jan(?:uary|\\.)?',
  'Feb(?:ruary|\\.)?',
  'Mar(?:ch|\\.)?',
  'Apr(?:il|\\.)?',
  'May',
  'June?',
  'July?',
  'Aug(?:ust|\\.)?',
  'Sep(?:tember|t\\.?|\\.)?',
  'Oct(?:ober|\\.)?',
  'Nov(?:ember|\\.)?',
  'Dec(?:ember|\\.)?',
];
const EN_MONTH_ANY = EN_MONTHS.join('|');
const RU_DAY_MONTH = new RegExp(
  String.raw`(?<![\d])(?:[0-2]?\d|3[01])(?:-?(?:го|е|ое|м))?\s+(?<month>${RU_MONTHS.join('|')})(?![\p{L}])`,
  'giu',
);
// English month names are matched capitalised only: "may" and "march" are also verbs.
const EN_DAY_MONTH = new RegExp(
  String.raw`(?<![\d])(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>${EN_MONTH_ANY})(?![\p{L}])|(?<![\p{L}])(?<monthFirst>${EN_MONTH_ANY})\s+(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?(?![\d])`,
  'gu',
);

function monthNumber(name: string, language: Language): number {
  const patterns = language === 'ru' ? RU_MONTHS : EN_MONTHS;
  const index = patterns.findIndex((pattern) => new RegExp(`^(?:${pattern})$`, 'iu').test(name));
  return index + 1;
}

const RU_MONTH_WORDS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма[йяюе]',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];

/** Months named anywhere in a text, with or without a day. */
export function monthsNamed(text: string, language: Language): Set<number> {
  const named = new Set<number>();
  const patterns = language === 'ru' ? RU_MONTH_WORDS.map((stem) => `${stem}\\p{L}*`) : EN_MONTHS;
  patterns.forEach((pattern, index) => {
    const flags = language === 'ru' ? 'iu' : 'u';
    if (new RegExp(`(?<![\\p{L}])(?:${pattern})(?![\\p{L}])`, flags).test(text))
      named.add(index + 1);
  });
  return named;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(numeral: string): number {
  let total = 0;
  for (let index = 0; index < numeral.length; index += 1) {
    const value = ROMAN[numeral[index] ?? ''] ?? 0;
    const next = ROMAN[numeral[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

// Russian writes centuries in Roman numerals ("XX век"), English in digits ("20th century").
const CENTURY: Record<Language, RegExp> = {
  ru: /(?<![\p{L}])([IVXLC]+)(?:\s*[-–—]\s*([IVXLC]+))?\s+(?:век|века|веке|веков|вв?\.)/gu,
  en: /(?<![\p{L}])([IVXLC]+)(?:\s*[-–—]\s*([IVXLC]+))?\s+centur/gu,
};

const round = (value: number): number => Math.round(value * 1e6) / 1e6;

const spanOf = (match: RegExpMatchArray): Span => ({
  start: match.index!,
  end: match.index! + match[0].length,
});

function scaleOf(word: string | undefined, language: Language): number {
  if (!word) return 1;
  const scales = language === 'ru' ? RU_SCALES : EN_SCALES;
  return scales.find(([pattern]) => pattern.test(word))?.[1] ?? 1;
}

function numericDates(text: string, found: Located[]): string {
  const isoDates: Span[] = [];
  for (const match of text.matchAll(/(?<![\d.])(\d{4})-(\d{2})-(\d{2})(?!\d)/g)) {
    const [whole, year, month, day] = match;
    found.push(
      { kind: 'number', value: Number(day), text: whole, start: match.index, end: match.index },
      { kind: 'month', value: Number(month), text: whole, start: match.index, end: match.index },
      { kind: 'number', value: Number(year), text: whole, start: match.index, end: match.index },
    );
    isoDates.push(spanOf(match));
  }
  const masked = blank(text, isoDates);
  const dates: Span[] = [];
  for (const match of masked.matchAll(/(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)/g)) {
    const [whole, first, separator, second, year] = match;
    const [a, b] = [Number(first), Number(second)];
    // Dots are always day.month; with slashes a number above 12 decides, else the US order.
    const monthFirst = separator === '/' && b > 12;
    const [day, month] = monthFirst || (separator === '/' && a <= 12 && b <= 12) ? [b, a] : [a, b];
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    found.push(
      { kind: 'number', value: day, text: whole, start: match.index, end: match.index },
      { kind: 'month', value: month, text: whole, start: match.index, end: match.index },
      { kind: 'number', value: Number(year), text: whole, start: match.index, end: match.index },
    );
    dates.push(spanOf(match));
  }
  return blank(masked, dates);
}

/**
 * Numeric values of a text read by the conventions of its language. URLs and article numbers
 * are left out: the URL and legal-reference checks compare those.
 */
export function extractNumbers(text: string, language: Language): NumberMention[] {
  const found: Located[] = [];
  let masked = numericDates(
    blank(text, [...findUrls(text), ...findLegalReferences(text, language)]),
    found,
  );
  masked = blank(masked, [...masked.matchAll(/(?<![\d.])\d+(?:\.\d+){2,}/g)].map(spanOf));
  for (const match of masked.matchAll(CENTURY[language])) {
    for (const numeral of [match[1], match[2]]) {
      if (numeral)
        found.push({
          kind: 'number',
          value: romanValue(numeral),
          text: numeral,
          start: match.index,
          end: match.index,
        });
    }
  }
  for (const match of masked.matchAll(language === 'ru' ? RU_DAY_MONTH : EN_DAY_MONTH)) {
    const name = match.groups?.month ?? match.groups?.monthFirst ?? '';
    found.push({
      kind: 'month',
      value: monthNumber(name, language),
      text: name,
      start: match.index,
      end: match.index,
    });
  }
  const numbers: Array<Located & { scale: number; raw: number }> = [];
  for (const match of masked.matchAll(NUMBER_PATTERN[language])) {
    const groups = match.groups ?? {};
    const digits = (groups.digits ?? '').replace(/[^\d]/g, '');
    const raw = Number(`${digits}${(groups.fraction ?? '').replace(',', '.')}`);
    const short =
      groups.short && (groups.short === 'bn' || groups.currency) ? groups.short : undefined;
    const scale = scaleOf(groups.scale ?? short, language);
    const start = match.index + (groups.currency?.length ?? 0);
    const end = match.index + match[0].length;
    numbers.push({
      kind: 'number',
      value: round(raw * scale),
      raw,
      scale,
      text: masked.slice(start, end).trim(),
      start,
      end,
    });
  }
  // "10–15 тыс." and "2 to 3 million": the scale after a range applies to both ends.
  numbers.forEach((low, index) => {
    const high = numbers[index + 1];
    if (!high || low.scale !== 1 || high.scale === 1 || low.raw >= high.raw) return;
    if (/^\s*(?:[-–—]|до|или|и|to|or|and)\s*$/iu.test(masked.slice(low.end, high.start))) {
      low.value = round(low.raw * high.scale);
    }
  });
  found.push(...numbers);
  return found
    .sort((a, b) => a.start - b.start)
    .map(({ kind, value, text: written }) => ({ kind, value, text: written }));
}
