import { tagOf } from '../common/tag.rules.js';
import { isTextLanguage, type TextLanguage } from '../config/language-pairs.rules.js';

/** Longer input is cut, not refused: only the first words are searched anyway. */
export const MAX_QUERY_LENGTH = 10_000;
export const SEARCH_PAGE_SIZE = 20;
/** Past this, a visitor is paging for its own sake; a bound keeps OFFSET cheap. */
export const MAX_SEARCH_PAGE = 500;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface SearchFilter {
  q: string;
  language?: TextLanguage;
  initiativeId?: number;
  tag?: string;
  /** First day included, YYYY-MM-DD. */
  from?: string;
  /** Last day included, YYYY-MM-DD. */
  to?: string;
  page: number;
}

export type SearchFilterField = 'q' | 'language' | 'initiative' | 'tag' | 'from' | 'to' | 'page';

export interface SearchFilterProblem {
  field: SearchFilterField;
  key: string;
}

/** What the visitor typed, as strings, for filling the form again. */
export type SearchFilterEcho = Record<SearchFilterField, string>;

/**
 * Reads the search page's query string. A reader's page must never fail on a URL: repeated
 * parameters take the first value, values of the wrong shape are reported and left out of
 * the search, parameters the page does not know are ignored. The content language is read
 * from `languageParam` because `lang` is the interface language on pages.
 */
export function readSearchFilter(
  query: Record<string, unknown>,
  languageParam = 'language',
): { filter: SearchFilter; problems: SearchFilterProblem[]; echo: SearchFilterEcho } {
  const echo: SearchFilterEcho = {
    q: first(query.q).slice(0, MAX_QUERY_LENGTH),
    language: first(query[languageParam]).trim(),
    initiative: first(query.initiative).trim(),
    tag: first(query.tag).trim(),
    from: first(query.from).trim(),
    to: first(query.to).trim(),
    page: first(query.page).trim(),
  };
  const problems: SearchFilterProblem[] = [];
  const filter: SearchFilter = { q: echo.q, page: 1 };
  if (echo.language) {
    if (isTextLanguage(echo.language)) filter.language = echo.language;
    else problems.push({ field: 'language', key: 'validation:invalid' });
  }
  if (echo.initiative) {
    const id = positiveInt(echo.initiative);
    if (id !== null) filter.initiativeId = id;
    else problems.push({ field: 'initiative', key: 'validation:invalid' });
  }
  if (echo.tag) {
    const tag = tagOf(echo.tag);
    if (tag) filter.tag = tag;
    else problems.push({ field: 'tag', key: 'validation:invalid' });
  }
  for (const field of ['from', 'to'] as const) {
    if (!echo[field]) continue;
    const bound = dateBound(echo[field], field);
    if (bound.ok) filter[field] = bound.date;
    else problems.push({ field, key: bound.key });
  }
  if (echo.page) {
    const page = positiveInt(echo.page);
    if (page !== null) filter.page = Math.min(page, MAX_SEARCH_PAGE);
    else problems.push({ field: 'page', key: 'validation:invalid' });
  }
  return { filter, problems, echo };
}

/**
 * "2021", "2021-12" or "2021-12-28" as the first (`from`) or last (`to`) day it covers, so
 * "from 2021 to 2021" is the whole year.
 */
export function dateBound(
  input: string,
  side: 'from' | 'to',
): { ok: true; date: string } | { ok: false; key: string } {
  const match = DATE.exec(input.trim());
  if (!match) return { ok: false, key: 'validation:date-format' };
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12))
    return { ok: false, key: 'validation:date-impossible' };
  const lastMonth = month ?? (side === 'from' ? 1 : 12);
  const daysInMonth = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  if (day !== null && (day < 1 || day > daysInMonth))
    return { ok: false, key: 'validation:date-impossible' };
  const d = day ?? (side === 'from' ? 1 : daysInMonth);
  return { ok: true, date: `${match[1]}-${pad(lastMonth)}-${pad(d)}` };
}

function first(value: unknown): string {
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' ? one : '';
}

function positiveInt(value: string): number | null {
  if (!/^\d{1,9}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 ? n : null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
