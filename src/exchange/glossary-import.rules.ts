import type { FieldError } from '../common/errors/domain-error.js';
import { normaliseText } from '../common/text/normalise.rules.js';

/**
 * One row of an imported glossary file. A field left undefined is not in the file's format
 * (CSV has no forms, no renderings to avoid, maybe no note) and keeps the glossary's value.
 */
export interface GlossaryRowIn {
  /** The CSV line, or the entry's position in a TBX file. */
  line: number;
  term: string;
  forms?: string[];
  note?: string;
  renderings: Partial<Record<string, string>>;
  forbidden?: Partial<Record<string, string[]>>;
}

/** What a term is made of, as the glossary service takes it. */
export interface GlossaryTermInput {
  sourceLanguage: string;
  term: string;
  forms: string[];
  note: string;
  renderings: Partial<Record<string, string>>;
  forbidden: Partial<Record<string, string[]>>;
  explainerId: number | null;
}

export interface ExistingTerm extends Omit<GlossaryTermInput, 'forbidden' | 'renderings'> {
  id: number;
  version: number;
  renderings: Partial<Record<string, string>>;
  forbidden: Partial<Record<string, readonly string[]>>;
  forms: string[];
}

export type RowOutcome = 'added' | 'changed' | 'unchanged' | 'refused';

export interface PlannedRow {
  line: number;
  term: string;
  outcome: RowOutcome;
  /** Which fields an import changes: term, forms, note, renderings.en, forbidden.en… */
  changes: string[];
  /** Why a row is refused. */
  problem?: FieldError;
  /** For added and changed rows: the whole term as it will be saved. */
  input?: GlossaryTermInput;
  /** For changed rows: the term and the version it is changed from. */
  existing?: { id: number; version: number };
}

/**
 * Validates a term as the glossary would (field limits, languages, renderings required),
 * returning it normalised as it would be saved, or its first problem.
 */
export type TermCheck = (input: GlossaryTermInput) => GlossaryTermInput | FieldError;

/**
 * What importing `rows` would do to the glossary: each row matched to a term of the same
 * source language by its text (case, ё/е and spacing ignored), merged over it and checked.
 * Applying the plan must give the same outcome row for row, so the preview is the truth.
 */
export function planGlossaryImport(
  existing: readonly ExistingTerm[],
  sourceLanguage: string,
  rows: readonly GlossaryRowIn[],
  check: TermCheck,
): PlannedRow[] {
  const byKey = new Map(existing.map((t) => [normaliseText(t.term), t]));
  const seen = new Map<string, number>();
  return rows.map((row): PlannedRow => {
    const base = { line: row.line, term: row.term, changes: [] as string[] };
    const key = normaliseText(row.term);
    if (key === '')
      return {
        ...base,
        outcome: 'refused',
        problem: { field: 'term', key: 'exchange:glossary-no-term', params: {} },
      };
    if (seen.has(key)) {
      return {
        ...base,
        outcome: 'refused',
        problem: {
          field: 'term',
          key: 'exchange:glossary-duplicate-row',
          params: { line: seen.get(key)! },
        },
      };
    }
    seen.set(key, row.line);
    const current = byKey.get(key);
    const checked = check(merged(sourceLanguage, row, current));
    if ('key' in checked) return { ...base, outcome: 'refused', problem: checked };
    if (!current) return { ...base, outcome: 'added', changes: ['term'], input: checked };
    const changes = differences(current, checked);
    return changes.length === 0
      ? { ...base, outcome: 'unchanged' }
      : {
          ...base,
          outcome: 'changed',
          changes,
          input: checked,
          existing: { id: current.id, version: current.version },
        };
  });
}

function merged(
  sourceLanguage: string,
  row: GlossaryRowIn,
  current: ExistingTerm | undefined,
): GlossaryTermInput {
  return {
    sourceLanguage,
    term: row.term,
    forms: row.forms ?? current?.forms ?? [],
    note: row.note ?? current?.note ?? '',
    renderings: { ...current?.renderings, ...row.renderings },
    forbidden: Object.fromEntries(
      Object.entries({ ...current?.forbidden, ...row.forbidden }).map(([l, list]) => [
        l,
        [...(list ?? [])],
      ]),
    ),
    explainerId: current?.explainerId ?? null,
  };
}

function differences(current: ExistingTerm, next: GlossaryTermInput): string[] {
  const changes: string[] = [];
  if (current.term !== next.term) changes.push('term');
  if (!sameList(current.forms, next.forms)) changes.push('forms');
  if (current.note !== next.note) changes.push('note');
  const languages = new Set([
    ...Object.keys(current.renderings),
    ...Object.keys(next.renderings),
    ...Object.keys(current.forbidden),
    ...Object.keys(next.forbidden),
  ]);
  for (const language of [...languages].sort()) {
    if ((current.renderings[language] ?? '') !== (next.renderings[language] ?? ''))
      changes.push(`renderings.${language}`);
    if (!sameList(current.forbidden[language] ?? [], next.forbidden[language] ?? []))
      changes.push(`forbidden.${language}`);
  }
  return changes;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

export function countOutcomes(rows: readonly PlannedRow[]): Record<RowOutcome, number> {
  const counts: Record<RowOutcome, number> = { added: 0, changed: 0, unchanged: 0, refused: 0 };
  for (const row of rows) counts[row.outcome] += 1;
  return counts;
}
