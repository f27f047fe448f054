import type { RequestContext } from '../../auth/request-context.js';
import { formatPartialDateInput } from '../../common/partial-date.rules.js';
import type { TextLanguage } from '../../config/language-pairs.rules.js';
import type { ExplainerText } from '../../notes/explainer-texts.js';
import type { FormErrors } from '../form-errors.js';

/** Rows a form without JavaScript offers; more appear once these are filled. */
export const SOURCE_ROWS = 5;
const MAX_SOURCE_ROWS = 30;
const SOURCE_FIELDS = ['title', 'publisher', 'url', 'date', 'primary'] as const;
const TEXT_FIELDS = ['kind', 'language', 'slug', 'title', 'shortText', 'longText', 'asOf'];

export interface SourceRow {
  number: number;
  names: Record<(typeof SOURCE_FIELDS)[number], string>;
  values: { title: string; publisher: string; url: string; date: string; primary: boolean };
  errors: Partial<Record<(typeof SOURCE_FIELDS)[number], string>>;
}

export interface ExplainerFormView {
  pageTitle: string;
  mode: 'create' | 'edit' | 'translate';
  action: string;
  backHref: string;
  /** The language of the text being written (for `lang` on the inputs). */
  language: TextLanguage | null;
  values: Record<string, string>;
  kinds: { value: string; label: string }[];
  languages: { value: string; label: string }[];
  sourceRows: SourceRow[];
  /** The other language's text, beside a translation. */
  reference: {
    language: TextLanguage;
    label: string;
    title: string;
    shortText: string;
    longText: string;
  } | null;
  errors: FormErrors;
  statusCode?: number;
}

const rowName = (row: number, field: string) => `source-${row}-${field}`;

/** The form's fields as posted, to show them again with their errors. */
export interface PostedForm {
  values: Record<string, string>;
  sources: SourceRow['values'][];
}

/** The text of a stored version as the form shows it. */
export function formFromText(text: ExplainerText, version: number): PostedForm {
  return {
    values: {
      title: text.title,
      shortText: text.shortText,
      longText: text.longText,
      asOf: text.asOf ?? '',
      version: String(version),
    },
    sources: text.sources.map((s) => ({
      title: s.title,
      publisher: s.publisher,
      url: s.url ?? '',
      date: s.date && s.datePrecision ? formatPartialDateInput(s.date, s.datePrecision) : '',
      primary: s.primary,
    })),
  };
}

/**
 * Repeated source rows become the API's `sources` list; empty rows are left out. `rows` maps
 * each listed source back to its row, so that errors land beside the right inputs.
 */
export function inputFromForm(body: Record<string, unknown>): {
  input: Record<string, unknown>;
  rows: number[];
  posted: PostedForm;
} {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (!/^source-\d+-/.test(key)) input[key] = value;
  }
  const posted = postedForm(body);
  const sources: Record<string, unknown>[] = [];
  const rows: number[] = [];
  posted.sources.forEach((row, index) => {
    if (!row.title && !row.publisher && !row.url && !row.date && !row.primary) return;
    sources.push({
      title: row.title,
      publisher: row.publisher,
      url: row.url,
      date: row.date,
      ...(row.primary ? { primary: true } : {}),
    });
    rows.push(index);
  });
  return { input: { ...input, sources }, rows, posted };
}

function postedForm(body: Record<string, unknown>): PostedForm {
  const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
  const last = Math.max(
    -1,
    ...Object.keys(body).map((key) => Number(/^source-(\d+)-/.exec(key)?.[1] ?? -1)),
  );
  const count = Math.min(MAX_SOURCE_ROWS, last + 1);
  return {
    values: Object.fromEntries([...TEXT_FIELDS, 'version'].map((f) => [f, text(f)])),
    sources: Array.from({ length: count }, (_, row) => ({
      title: text(rowName(row, 'title')),
      publisher: text(rowName(row, 'publisher')),
      url: text(rowName(row, 'url')),
      date: text(rowName(row, 'date')),
      primary: body[rowName(row, 'primary')] !== undefined,
    })),
  };
}

/** Errors on `sources.2.url` belong beside the url input of the row that source came from. */
export function sourceErrors(
  errors: FormErrors,
  rows: number[],
): { fields: Record<string, string>; byRow: Map<number, SourceRow['errors']> } {
  const fields: Record<string, string> = {};
  const byRow = new Map<number, SourceRow['errors']>();
  for (const [field, message] of Object.entries(errors.fields)) {
    const match = /^sources\.(\d+)\.(\w+)$/.exec(field);
    const row = match ? rows[Number(match[1])] : undefined;
    if (!match || row === undefined) {
      fields[field] = message;
      continue;
    }
    const name = match[2] === 'datePrecision' ? 'date' : match[2]!;
    const rowErrors = byRow.get(row) ?? {};
    if ((SOURCE_FIELDS as readonly string[]).includes(name)) {
      rowErrors[name as (typeof SOURCE_FIELDS)[number]] ??= message;
    }
    byRow.set(row, rowErrors);
  }
  return { fields, byRow };
}

/** At least five rows, and always one empty row after the filled ones. */
export function sourceRows(
  sources: SourceRow['values'][],
  byRow: Map<number, SourceRow['errors']> = new Map(),
): SourceRow[] {
  const empty = (s: SourceRow['values']) => !s.title && !s.publisher && !s.url && !s.date;
  let filled = sources.length;
  while (filled > 0 && empty(sources[filled - 1]!)) filled--;
  const count = Math.min(MAX_SOURCE_ROWS, Math.max(SOURCE_ROWS, filled + 1));
  return Array.from({ length: count }, (_, row) => ({
    number: row + 1,
    names: Object.fromEntries(SOURCE_FIELDS.map((f) => [f, rowName(row, f)])) as SourceRow['names'],
    values: sources[row] ?? { title: '', publisher: '', url: '', date: '', primary: false },
    errors: byRow.get(row) ?? {},
  }));
}

export function languageLabel(ctx: RequestContext, language: TextLanguage): string {
  return ctx.t(`notes:explainer.language.${language}`);
}
