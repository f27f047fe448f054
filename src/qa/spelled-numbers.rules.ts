import { words } from '../common/text/normalise.rules.js';
import type { Language } from './qa-check.rules.js';

/**
 * A number word is a value ("seven", "семью") or a multiplier ("hundred", "тысяч"). Some say
 * a number only perhaps: ordinals ("second" is also time), "one" (also a pronoun), "семью"
 * (also "family"); a multiplier alone is vague ("тысячи людей", "thousands") unless singular
 * ("тысяча").
 */
type NumberWord =
  { value: number; ordinal?: true; loose?: true } | { scale: number; singular?: true };

const EN_WORDS = new Map<string, NumberWord>();
[
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
].forEach((word, value) => EN_WORDS.set(word, { value }));
[
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
].forEach((word, index) => EN_WORDS.set(word, { value: index + 1, ordinal: true }));
['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].forEach(
  (word, index) => {
    const value = (index + 2) * 10;
    EN_WORDS.set(word, { value });
    EN_WORDS.set(`${word.slice(0, -1)}ieth`, { value, ordinal: true });
  },
);
EN_WORDS.set('twice', { value: 2 });
// "eight and a half", "half a million"; alone ("an hour and a half") the half says little.
EN_WORDS.set('and a half', { value: 0.5, loose: true });
EN_WORDS.set('half a', { value: 0.5, loose: true });
EN_WORDS.set('thrice', { value: 3 });
EN_WORDS.set('hundred', { scale: 100 });
EN_WORDS.set('hundredth', { scale: 100 });
EN_WORDS.set('thousand', { scale: 1e3 });
EN_WORDS.set('million', { scale: 1e6 });
EN_WORDS.set('billion', { scale: 1e9 });

// Russian number words inflect for case (and ordinals for gender and number too), so they are
// matched by pattern over normalised words (ё already folded to е).
const ADJECTIVE = '(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ые|ие|ых|их|ыми|ими)';
// A cardinal and its ordinal share these stems (пять, пятый), not the others (семь, седьмой).
const SHARED_STEMS: Array<[string, number]> = [
  ['пят', 5],
  ['шест', 6],
  ['девят', 9],
  ['десят', 10],
  ['одиннадцат', 11],
  ['двенадцат', 12],
  ['тринадцат', 13],
  ['четырнадцат', 14],
  ['пятнадцат', 15],
  ['шестнадцат', 16],
  ['семнадцат', 17],
  ['восемнадцат', 18],
  ['девятнадцат', 19],
  ['двадцат', 20],
  ['тридцат', 30],
];
const CARDINAL_STEMS: Array<[string, number]> = [['сем', 7], ...SHARED_STEMS];
const ORDINAL_STEMS: Array<[string, number]> = [
  ['перв', 1],
  ['втор', 2],
  ['четверт', 4],
  ['седьм', 7],
  ['восьм', 8],
  ...SHARED_STEMS,
];
const RU_WORDS: Array<[RegExp, NumberWord]> = [
  [/^семью$/, { value: 7, loose: true }],
  [/^(?:ноль|нуль|нол[яюе]м?|нул[яюе]м?)$/, { value: 0 }],
  [/^(?:один|одна|одно|одного|одной|одному|одним|одном|одну|одною)$/, { value: 1 }],
  [/^(?:два|две|двух|двум|двумя)$/, { value: 2 }],
  [/^(?:три|трех|трем|тремя)$/, { value: 3 }],
  [/^(?:четыре|четырех|четырем|четырьмя)$/, { value: 4 }],
  [/^(?:восемь|восьми|восемью|восьмью)$/, { value: 8 }],
  // "полтора года" is also "eighteen months" and "a year and a half": sure only with more words.
  [/^(?:полтора|полторы|полутора)$/, { value: 1.5, loose: true }],
  [/^с половиной$/, { value: 0.5, loose: true }],
  // Collective numerals ("трое детей") and multiplicatives ("дважды").
  [/^(?:двое|двоих|двоим|двоими|дважды)$/, { value: 2 }],
  [/^(?:трое|троих|троим|троими|трижды)$/, { value: 3 }],
  [/^(?:четверо|четверых|четверым|четверыми|четырежды)$/, { value: 4 }],
  [/^(?:пятеро|пятерых|пятерым|пятерыми)$/, { value: 5 }],
  [/^(?:шестеро|шестерых|шестерым|шестерыми)$/, { value: 6 }],
  [/^(?:семеро|семерых|семерым|семерыми)$/, { value: 7 }],
  ...CARDINAL_STEMS.map(([stem, value]): [RegExp, NumberWord] => [
    new RegExp(`^${stem}(?:ь|и|ью)$`),
    { value },
  ]),
  [/^(?:сорок|сорока)$/, { value: 40 }],
  [/^(?:пятьдесят|пятидесяти|пятьюдесятью)$/, { value: 50 }],
  [/^(?:шестьдесят|шестидесяти|шестьюдесятью)$/, { value: 60 }],
  [/^(?:семьдесят|семидесяти|семьюдесятью)$/, { value: 70 }],
  [/^(?:восемьдесят|восьмидесяти|восемьюдесятью)$/, { value: 80 }],
  [/^(?:девяносто|девяноста)$/, { value: 90 }],
  [/^(?:сто|ста)$/, { value: 100 }],
  [/^(?:двести|двухсот\p{L}*)$/u, { value: 200 }],
  [/^(?:триста|трехсот\p{L}*)$/u, { value: 300 }],
  [/^(?:четыреста|четырехсот\p{L}*)$/u, { value: 400 }],
  [/^(?:пятьсот|пятисот\p{L}*)$/u, { value: 500 }],
  [/^(?:третий|треть(?:я|е|и|его|ей|ему|им|ем|ю|их|ими))$/, { value: 3, ordinal: true }],
  ...ORDINAL_STEMS.map(([stem, value]): [RegExp, NumberWord] => [
    new RegExp(`^${stem}${ADJECTIVE}$`),
    { value, ordinal: true },
  ]),
  // "тысячи" is both "of a thousand" and "thousands": only the unambiguous singulars count.
  [/^(?:тысяча|тысячу|тысячей|тысячью|тысяче)$/u, { scale: 1e3, singular: true }],
  [/^(?:миллион|миллиона|миллиону|миллионом|миллионе)$/u, { scale: 1e6, singular: true }],
  [/^(?:миллиард|миллиарда|миллиарду|миллиардом|миллиарде)$/u, { scale: 1e9, singular: true }],
  [/^тысяч\p{L}*$/u, { scale: 1e3 }],
  [/^миллион\p{L}*$/u, { scale: 1e6 }],
  [/^миллиард\p{L}*$/u, { scale: 1e9 }],
];

// Russian words tried against every pattern once; a text's vocabulary is small and repeats.
const RU_SEEN = new Map<string, NumberWord | null>();
const RU_SEEN_LIMIT = 20_000;

function numberWord(word: string, language: Language): NumberWord | undefined {
  if (language === 'en') return EN_WORDS.get(word);
  let entry = RU_SEEN.get(word);
  if (entry === undefined) {
    entry = RU_WORDS.find(([pattern]) => pattern.test(word))?.[1] ?? null;
    if (RU_SEEN.size >= RU_SEEN_LIMIT) RU_SEEN.clear();
    RU_SEEN.set(word, entry);
  }
  return entry ?? undefined;
}

function lowestPlace(value: number): number {
  let place = 1;
  while (value % (place * 10) === 0) place *= 10;
  return place;
}

export interface SpelledNumber {
  value: number;
  /** The words as normalised, to show the translator. */
  text: string;
  /** Whether the words surely mean this number (see `NumberWord`); others only excuse one. */
  firm: boolean;
}

const PUNCTUATION = /[,;:.!?()[\]«»"“”„—–]+/u;
const PUNCTUATION_MARK = ',';

const HALVES: Record<Language, string[][]> = {
  en: [
    ['and', 'a', 'half'],
    ['half', 'a'],
  ],
  ru: [['с', 'половиной']],
};

/** The words of a half ("and a half", "с половиной") joined into one number word. */
function halves(tokens: string[], language: Language): string[] {
  const joined: string[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const half = HALVES[language].find((phrase) =>
      phrase.every((word, offset) => tokens[index + offset] === word),
    );
    joined.push(half ? half.join(' ') : tokens[index]!);
    if (half) index += half.length - 1;
  }
  return joined;
}

function firmAlone(entry: NumberWord): boolean {
  if ('scale' in entry) return entry.singular === true;
  return !entry.ordinal && !entry.loose && entry.value !== 1;
}

/**
 * The numbers a text spells out in words ("seven years", "двадцать пять", "six thousand",
 * "в первом чтении"), each with its value.
 */
export function spelledNumberMentions(text: string, language: Language): SpelledNumber[] {
  const found: SpelledNumber[] = [];
  let total = 0;
  let group = 0;
  let phrase: Array<{ word: string; entry: NumberWord }> = [];
  const flush = (): void => {
    if (phrase.length > 0) {
      found.push({
        value: total + group,
        text: phrase.map(({ word }) => word).join(' '),
        firm: phrase.length > 1 || firmAlone(phrase[0]!.entry),
      });
    }
    [total, group, phrase] = [0, 0, []];
  };
  // "twenty-five" is two number words; Russian "во-вторых" is not a number at all. A
  // punctuation mark ends a number: "семью, тысячи людей" is two.
  const tokens = halves(
    text
      .split(PUNCTUATION)
      .flatMap((part) => [
        ...(language === 'en' ? words(part).flatMap((item) => item.split('-')) : words(part)),
        PUNCTUATION_MARK,
      ]),
    language,
  );
  for (const word of tokens) {
    const entry = numberWord(word, language);
    const active = phrase.length > 0;
    if (!entry) {
      // "two hundred and five"
      if (!(active && word === 'and')) flush();
      continue;
    }
    if ('scale' in entry) {
      if (entry.scale === 100) group = (group || 1) * 100;
      else if (active) [total, group] = [total + (group || 1) * entry.scale, 0];
      else [total, group] = [entry.scale, 0];
      phrase.push({ word, entry });
      continue;
    }
    const continues =
      active && entry.value !== 0 && (group === 0 ? total > 0 : entry.value < lowestPlace(group));
    if (!continues) flush();
    group += entry.value;
    phrase.push({ word, entry });
  }
  flush();
  return found;
}
