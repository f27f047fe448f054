import type { RequestContext } from '../../auth/request-context.js';
import { DATE_PRECISIONS, formatPartialDateInput } from '../../common/partial-date.rules.js';
import { ValidationFailed } from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/app-config.js';
import type { Initiative } from '../../sources/initiative.entity.js';
import {
  legalReferenceLines,
  parseLegalReferenceLines,
} from '../../sources/legal-reference-input.rules.js';
import type { SourceText } from '../../sources/source-text.entity.js';
import { LICENCES, SOURCE_KINDS } from '../../sources/source-vocabulary.js';
import type { FormErrors } from '../form-errors.js';

/** What the source form shows: every field as the editor typed it, plus the choices. */
export interface SourceFormView {
  values: Record<string, string>;
  initiatives: { value: string; label: string }[];
  languages: { value: string; label: string }[];
  kinds: { value: string; label: string }[];
  licences: { value: string; label: string }[];
  precisions: { value: string; label: string }[];
  errors: FormErrors;
}

const FIELDS = [
  'initiativeId',
  'language',
  'kind',
  'title',
  'body',
  'originalUrl',
  'archiveUrl',
  'publishedDate',
  'publishedPrecision',
  'authors',
  'licence',
  'licenceEvidence',
  'legalReferences',
  'tags',
  'version',
];

export function sourceFormView(
  ctx: RequestContext,
  config: AppConfig,
  initiatives: Initiative[],
  values: Record<string, string>,
  errors: FormErrors,
): SourceFormView {
  const sourceLanguages = [...new Set(config.languagePairs.map((p) => p.source))];
  return {
    values,
    initiatives: initiatives.map((i) => ({
      value: String(i.id),
      label: `${i.nameEn} (${i.nameOriginal})`,
    })),
    languages: sourceLanguages.map((l) => ({ value: l, label: ctx.t(`sources:language.${l}`) })),
    kinds: SOURCE_KINDS.map((k) => ({ value: k, label: ctx.t(`sources:kind.${k}`) })),
    licences: LICENCES.map((l) => ({ value: l, label: ctx.t(`sources:licence.${l}`) })),
    precisions: DATE_PRECISIONS.map((p) => ({ value: p, label: ctx.t(`sources:precision.${p}`) })),
    errors,
  };
}

/** The form's strings as they were posted, to show them again with errors. */
export function postedValues(body: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = body[field];
    values[field] = typeof value === 'string' ? value : '';
  }
  return values;
}

export function sourceValues(source: SourceText, tags: string[]): Record<string, string> {
  return {
    initiativeId: String(source.initiativeId),
    language: source.language,
    kind: source.kind,
    title: source.title,
    body: source.body,
    originalUrl: source.originalUrl ?? '',
    archiveUrl: source.archiveUrl ?? '',
    publishedDate:
      source.publishedDate && source.publishedPrecision
        ? formatPartialDateInput(source.publishedDate, source.publishedPrecision)
        : '',
    publishedPrecision: source.publishedPrecision ?? 'day',
    authors: source.authors.join(', '),
    licence: source.licence,
    licenceEvidence: source.licenceEvidence,
    legalReferences: legalReferenceLines(source.legalReferences),
    tags: tags.join(', '),
    version: String(source.version),
  };
}

/** The form's legal-reference box becomes the API's list before validation. */
export function formToSourceInput(body: Record<string, unknown>): Record<string, unknown> {
  const { legalReferences, ...rest } = body;
  const parsed = parseLegalReferenceLines(
    typeof legalReferences === 'string' ? legalReferences : '',
  );
  if (!parsed.ok)
    throw ValidationFailed.field('legalReferences', 'sources:legal-reference-unreadable', {
      line: parsed.line,
    });
  return { ...rest, legalReferences: parsed.references };
}
