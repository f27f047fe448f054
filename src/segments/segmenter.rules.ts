/**
 * Paragraphs are the segments translators work on; sentences inside them are only hints.
 * Intl.Segmenter does the sentence work, and a small table of abbreviations undoes the
 * boundaries it draws after "ст.", "г.", "Mr." and initials, which it knows nothing about.
 */

export type TextLanguage = 'ru' | 'en';

export interface SegmentedParagraph {
  text: string;
  sentences: string[];
}

export interface AbbreviationTable {
  /** What they qualify always follows ("ст. 280.3", "г. Москве", "Mr. Smith"), so they never end a sentence. */
  readonly neverEnd: readonly string[];
  /** They end a sentence only when a capitalised word follows ("в 2020–2022 гг. Новый закон", "etc. The"). */
  readonly endBeforeCapital: readonly string[];
}

/**
 * Forms are matched case-insensitively (a sentence may start with "Ст."), the longest first,
 * and a space inside a form may be missing in the text ("т.е." as well as "т. е.").
 * Whatever the table says, an abbreviation followed by a lowercase word or a digit never
 * ends a sentence; and a `neverEnd` form right after a number is read as a unit that may
 * end one: "в 2022 г." is a year, "5 см." centimetres, "в 15 ч." an hour.
 */
// prettier-ignore
export const ABBREVIATIONS: Readonly<Record<TextLanguage, AbbreviationTable>> = {
  ru: {
    neverEnd: [
      'г.', 'ст.', 'ч.', 'п.', 'пп.', 'ул.', 'д.', 'пр.', 'просп.', 'пер.', 'пл.', 'кв.',
      'им.', 'см.', 'напр.', 'ок.', 'гр.', 'акад.', 'проф.', 'св.',
      'т. е.', 'т. н.', 'т. к.', 'т. ч.',
    ],
    endBeforeCapital: [
      'гг.', 'вв.', 'тыс.', 'млн.', 'млрд.', 'трлн.', 'руб.', 'коп.', 'долл.', 'чел.', 'обл.',
      'др.', 'и пр.', 'т. д.', 'т. п.',
    ],
  },
  en: {
    neverEnd: [
      'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'St.', 'Mt.', 'Gen.', 'Col.', 'Lt.', 'Sgt.',
      'Gov.', 'Sen.', 'Rep.', 'Rev.', 'Hon.', 'Pres.', 'vs.', 'cf.', 'e.g.', 'i.e.',
      // In news copy these are mostly adjectives ("U.S. sanctions"), rarely the last word.
      'U.S.', 'U.K.', 'U.N.',
    ],
    endBeforeCapital: [
      'No.', 'Nos.', 'Art.', 'Sec.', 'p.', 'pp.', 'etc.', 'approx.', 'Jr.', 'Sr.', 'Inc.',
      'Ltd.', 'Co.', 'Corp.',
      'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
    ],
  },
};

type Behaviour = 'neverEnd' | 'endBeforeCapital';

interface AbbreviationMatcher {
  pattern: RegExp;
  behaviour: Behaviour;
}

function escapeForm(form: string): string {
  return form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\. /g, '\\.\\s*');
}

function buildMatchers(table: AbbreviationTable): AbbreviationMatcher[] {
  const entries: Array<[string, Behaviour]> = [
    ...table.neverEnd.map((form): [string, Behaviour] => [form, 'neverEnd']),
    ...table.endBeforeCapital.map((form): [string, Behaviour] => [form, 'endBeforeCapital']),
  ];
  return entries
    .sort(([a], [b]) => b.length - a.length)
    .map(([form, behaviour]) => ({
      // The look-behind keeps "мост." from matching "ст." and "т.д." from matching "д.".
      pattern: new RegExp(`(?<![\\p{L}\\p{N}.])${escapeForm(form)}$`, 'iu'),
      behaviour,
    }));
}

const MATCHERS: Record<TextLanguage, AbbreviationMatcher[]> = {
  ru: buildMatchers(ABBREVIATIONS.ru),
  en: buildMatchers(ABBREVIATIONS.en),
};

const SEGMENTERS: Record<TextLanguage, Intl.Segmenter> = {
  ru: new Intl.Segmenter('ru', { granularity: 'sentence' }),
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
};

// "28 декабря 2021 г. Верховный суд…": a date on its own is where a sentence starts, not a sentence.
const DATE_ONLY: Readonly<Record<TextLanguage, RegExp | undefined>> = {
  ru: /^(?:\p{L}{1,2}\s+)?(?:\d{1,2}\s+\p{L}+\s+)?\d{4}(?:\s*[–—-]\s*\d{4})?\s*гг?\.$/iu,
  en: undefined,
};
const INITIAL = /(?<![\p{L}\p{N}.])\p{Lu}\.$/u;
const AFTER_NUMBER = /\p{N}\s*$/u;
const FIRST_SIGNIFICANT = /^[\s«„“"'‘([{—–-]*(.)/u;
// Intl.Segmenter splits after "..." but not after "…" before a capital; readers see no difference.
const ELLIPSIS_BOUNDARY = /(?<=…[»"”’)\]]*) (?=[«„“"(]*\p{Lu})/u;

type Start = 'upper' | 'lower' | 'digit' | 'other';

function startOf(text: string): Start {
  const first = FIRST_SIGNIFICANT.exec(text)?.[1] ?? '';
  if (/\p{Lu}/u.test(first)) return 'upper';
  if (/\p{Ll}/u.test(first)) return 'lower';
  if (/\p{N}/u.test(first)) return 'digit';
  return 'other';
}

function behaviourOfTail(language: TextLanguage, sentence: string): Behaviour | undefined {
  for (const { pattern, behaviour } of MATCHERS[language]) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const before = sentence.slice(0, match.index);
    return behaviour === 'neverEnd' && AFTER_NUMBER.test(before) ? 'endBeforeCapital' : behaviour;
  }
  return undefined;
}

/** Whether the boundary Intl.Segmenter drew after `sentence` is really inside a sentence. */
function continuesSentence(language: TextLanguage, sentence: string, next: string): boolean {
  if (!sentence.endsWith('.')) return false;
  const start = startOf(next);
  if (start === 'other') return false;
  if (INITIAL.test(sentence) || DATE_ONLY[language]?.test(sentence)) return true;
  const behaviour = behaviourOfTail(language, sentence);
  if (behaviour === undefined) return false;
  return behaviour === 'neverEnd' || start !== 'upper';
}

interface Piece {
  text: string;
  /** The white space between this piece and the next one ('' after the last). */
  gap: string;
}

function basePieces(language: TextLanguage, paragraph: string): Piece[] {
  const pieces: Piece[] = [];
  for (const { segment } of SEGMENTERS[language].segment(paragraph)) {
    const text = segment.trimEnd();
    const parts = text.split(ELLIPSIS_BOUNDARY);
    parts.forEach((part, index) => {
      const last = index === parts.length - 1;
      pieces.push({ text: part, gap: last ? segment.slice(text.length) : ' ' });
    });
  }
  return pieces;
}

/**
 * Sentences of one paragraph, each trimmed; joined with single spaces they give back the
 * (trimmed) paragraph, so a boundary is only ever kept where exactly one space separates
 * two sentences: a no-break space or no space at all means the writer did not end one there.
 */
export function splitSentences(language: TextLanguage, paragraph: string): string[] {
  const text = paragraph.trim();
  if (text === '') return [];
  const sentences: string[] = [];
  let current = '';
  let gap = '';
  for (const piece of basePieces(language, text)) {
    if (current === '') {
      current = piece.text;
    } else if (gap !== ' ' || continuesSentence(language, current, piece.text)) {
      current += gap + piece.text;
    } else {
      sentences.push(current);
      current = piece.text;
    }
    gap = piece.gap;
  }
  if (current !== '') sentences.push(current);
  return sentences;
}

const BLANK_LINE = /^\s*$/;

function tidyParagraph(lines: string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * Blank lines separate paragraphs and single line breaks are soft wraps, except in text
 * without any blank line: text pasted from the web usually comes one paragraph per line.
 */
export function splitParagraphs(text: string): string[] {
  const lines = text.normalize('NFC').replace(/\r\n?/g, '\n').trim().split('\n');
  const hasBlankLine = lines.some((line) => BLANK_LINE.test(line));
  const groups: string[][] = [];
  if (hasBlankLine) {
    let group: string[] = [];
    for (const line of lines) {
      if (BLANK_LINE.test(line)) {
        groups.push(group);
        group = [];
      } else {
        group.push(line);
      }
    }
    groups.push(group);
  } else {
    groups.push(...lines.map((line) => [line]));
  }
  return groups.map(tidyParagraph).filter((paragraph) => paragraph !== '');
}

export function segmentText(language: TextLanguage, text: string): SegmentedParagraph[] {
  return splitParagraphs(text).map((paragraph) => ({
    text: paragraph,
    sentences: splitSentences(language, paragraph),
  }));
}
