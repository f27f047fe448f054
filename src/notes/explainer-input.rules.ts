import type { FieldError } from '../common/errors/domain-error.js';
import { parsePartialDate, type DatePrecision } from '../common/partial-date.rules.js';
import { words } from '../common/text/normalise.rules.js';

export const EXPLAINER_KINDS = [
  'legal-term',
  'organisation',
  'person',
  'event',
  'history',
] as const;
export type ExplainerKind = (typeof EXPLAINER_KINDS)[number];

/**
 * The short text sits inline next to the term in an article: about 80 words is the aim, and
 * anything past these limits would push the article itself off the screen.
 */
export const SHORT_TEXT_MAX_WORDS = 120;
export const SHORT_TEXT_MAX_CHARS = 900;

export interface SourceInput {
  title: string;
  publisher?: string | undefined;
  url?: string | undefined;
  date?: string | undefined;
  datePrecision?: DatePrecision | undefined;
}

export interface CheckedSource {
  date: string | null;
  datePrecision: DatePrecision | null;
}

/** The precision a typed date shows by its form: "2012" year, "2012-07" month, else day. */
export function precisionOfTyped(date: string): DatePrecision {
  const trimmed = date.trim();
  if (/^\d{4}$/.test(trimmed)) return 'year';
  if (/^\d{4}-\d{2}$/.test(trimmed)) return 'month';
  return 'day';
}

/** A typed date as an ISO day with its precision, for formatting ("2024-11" → 2024-11-01, month). */
export function typedDate(typed: string): { date: string; precision: DatePrecision } {
  const precision = precisionOfTyped(typed);
  const date =
    precision === 'year' ? `${typed}-01-01` : precision === 'month' ? `${typed}-01` : typed;
  return { date, precision };
}

export function shortTextProblems(shortText: string): FieldError[] {
  const count = words(shortText).length;
  if (count > SHORT_TEXT_MAX_WORDS) {
    return [
      {
        field: 'shortText',
        key: 'notes:explainer.short-too-many-words',
        params: { max: SHORT_TEXT_MAX_WORDS, count },
      },
    ];
  }
  return [];
}

/**
 * The "as of" date says when the text was last true; it is typed as a day, month or year and
 * kept as typed, so that "as of 2024" is not shown as "as of 1 January 2024".
 */
export function checkAsOf(
  asOf: string | undefined,
  today = new Date(),
): { ok: true; asOf: string | null } | { ok: false; problem: FieldError } {
  if (asOf === undefined || asOf.trim() === '') return { ok: true, asOf: null };
  const typed = asOf.trim();
  const parsed = parsePartialDate(typed, precisionOfTyped(typed), today);
  if (!parsed.ok) return { ok: false, problem: { field: 'asOf', key: parsed.key, params: {} } };
  return { ok: true, asOf: typed };
}

/**
 * A reader must be able to find each source: by its address, or — for laws and court
 * decisions that have no stable address — by who issued it and when.
 */
export function checkSources(
  sources: readonly SourceInput[],
  today = new Date(),
): { ok: true; sources: CheckedSource[] } | { ok: false; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const checked: CheckedSource[] = [];
  sources.forEach((source, index) => {
    let date: string | null = null;
    let datePrecision: DatePrecision | null = null;
    if (source.date !== undefined && source.date.trim() !== '') {
      const precision = source.datePrecision ?? precisionOfTyped(source.date);
      const parsed = parsePartialDate(source.date, precision, today);
      if (parsed.ok) {
        date = parsed.date;
        datePrecision = precision;
      } else {
        problems.push({ field: `sources.${index}.date`, key: parsed.key, params: {} });
      }
    } else if (source.datePrecision !== undefined) {
      problems.push({ field: `sources.${index}.date`, key: 'validation:required', params: {} });
    }
    const findable = Boolean(source.url) || (Boolean(source.publisher) && Boolean(source.date));
    if (!findable) {
      problems.push({
        field: `sources.${index}.url`,
        key: 'notes:explainer.source-not-findable',
        params: {},
      });
    }
    checked.push({ date, datePrecision });
  });
  return problems.length ? { ok: false, problems } : { ok: true, sources: checked };
}

export interface SubmittableText {
  shortText: string;
  asOf: string | null;
  sourceCount: number;
}

/** What a version needs before reviewers see it; a draft may still lack these. */
export function submissionProblems(text: SubmittableText): FieldError[] {
  const problems: FieldError[] = [];
  if (text.shortText.trim() === '') {
    problems.push({ field: 'shortText', key: 'validation:required', params: {} });
  }
  if (!text.asOf) {
    problems.push({ field: 'asOf', key: 'notes:explainer.as-of-required', params: {} });
  }
  if (text.sourceCount === 0) {
    problems.push({ field: 'sources', key: 'notes:explainer.source-required', params: {} });
  }
  return problems;
}
