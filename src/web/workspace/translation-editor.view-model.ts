import type { RequestContext } from '../../auth/request-context.js';
import type { CommentsView } from './comments.view-model.js';
import type { ActivityItem } from './translation-activity.view-model.js';
import type { DiffPart } from '../../common/text/word-diff.rules.js';
import type { TermHint } from '../../glossary/glossary-hints.service.js';
import { translateFindings, type TranslatedFinding } from '../../qa/translated-findings.js';
import type { Workbench, WorkbenchUnit } from '../../translations/translation-workbench.service.js';

/** The strings of public/js/translate.js, under translations:editor.script (the locale test checks both). */
export const EDITOR_SCRIPT_STRINGS = [
  'saving',
  'saved',
  'conflict',
  'failed',
  'theirs',
  'yours',
  'reload',
  'use',
] as const;

export type FindingView = TranslatedFinding;

export interface UnitView {
  id: number;
  position: number;
  version: number;
  status: string;
  statusLabel: string;
  kind: string;
  sourceParts: { text: string; term?: { rendering: string | null; note: string } }[];
  sentences: string[];
  outdatedSource: string | null;
  text: string;
  editable: boolean;
  findings: FindingView[];
  /** `from`: where an imported entry came from (a TMX file and its tool). */
  memory: { quality: number; target: string; sourceDiff: DiffPart[]; from: string | null }[];
  names: { text: string; suggestion: string; listed: boolean }[];
  terms: { text: string; rendering: string | null; note: string }[];
  annotatable: boolean;
  footnotes: {
    id: number;
    version: number;
    quote: string;
    note: string;
    lost: boolean;
    status: string;
  }[];
  nextId: number | null;
}

export interface PublishingView {
  reviewHref: string | null;
  canPublish: boolean;
  needsChangeNote: boolean;
  canUnpublish: boolean;
  publications: { version: number; href: string; at: string }[];
}

export const NO_PUBLISHING: PublishingView = {
  reviewHref: null,
  canPublish: false,
  needsChangeNote: false,
  canUnpublish: false,
  publications: [],
};

export interface TranslationEditorView {
  pageTitle: string;
  wide: true;
  scripts: string[];
  translation: {
    id: number;
    version: number;
    status: string;
    statusLabel: string;
    sourceLanguage: string;
    targetLanguage: string;
    claimant: string | null;
    sourceHref: string;
    /** JSON of the strings public/js/translate.js shows, in the page's language. */
    scriptStrings: string;
  };
  progress: { filled: number; approved: number; total: number; label: string };
  actions: Workbench['actions'];
  units: UnitView[];
  notice: string | null;
  submitErrors: string | null;
  /** Why the translator cannot submit yet (unfilled or outdated units, lost notes, QA errors). */
  submitBlocked: string | null;
  publishing: PublishingView;
  comments: CommentsView | null;
  activity: ActivityItem[];
  statusCode?: number;
}

/** The side-by-side editor of one translation as the page (and the API) shows it. */
export function translationEditorView(
  ctx: RequestContext,
  bench: Workbench,
  extra: {
    notice?: string | null;
    submitErrors?: string | null;
    publishing?: PublishingView;
    comments?: CommentsView;
    activity?: ActivityItem[];
  } = {},
): TranslationEditorView {
  const { translation, source, progress } = bench;
  return {
    pageTitle: ctx.t('translations:editor.title', {
      title: source.title,
      language: ctx.t(`sources:language.${translation.targetLanguage}`),
    }),
    wide: true,
    scripts: ['/static/js/translate.js'],
    translation: {
      id: translation.id,
      version: translation.version,
      status: translation.status,
      statusLabel: ctx.t(`workflow:state.translation.${translation.status}`),
      sourceLanguage: source.language,
      targetLanguage: translation.targetLanguage,
      claimant: bench.claimant,
      sourceHref: `/workspace/sources/${source.id}`,
      scriptStrings: JSON.stringify(
        Object.fromEntries(
          EDITOR_SCRIPT_STRINGS.map((k) => [k, ctx.t(`translations:editor.script.${k}`)]),
        ),
      ),
    },
    progress: {
      ...progress,
      label: ctx.t('translations:progress', { filled: progress.filled, total: progress.total }),
    },
    actions: bench.actions,
    units: bench.units.map((unit, index) =>
      unitView(ctx, unit, bench.units[index + 1]?.unit.id ?? null),
    ),
    notice: extra.notice ?? null,
    submitErrors: extra.submitErrors ?? null,
    submitBlocked: bench.submitBlocker
      ? ctx.t(bench.submitBlocker.key, bench.submitBlocker.params)
      : null,
    publishing: extra.publishing ?? NO_PUBLISHING,
    comments: extra.comments ?? null,
    activity: extra.activity ?? [],
  };
}

export function unitView(
  ctx: RequestContext,
  item: WorkbenchUnit,
  nextId: number | null,
): UnitView {
  const { unit, segment } = item;
  return {
    id: unit.id,
    position: (segment.position ?? 0) + 1,
    version: unit.version,
    status: unit.status,
    statusLabel: ctx.t(`workflow:state.unit.${unit.status}`),
    kind: segment.kind,
    sourceParts: highlight(segment.text, item.terms),
    sentences: segment.sentences,
    outdatedSource: unit.status === 'outdated' ? unit.outdatedSourceText : null,
    text: unit.text,
    editable: item.editable,
    findings: translateFindings(ctx.t, item.findings),
    memory: item.memory.map((m) => ({
      quality: m.quality,
      target: m.target,
      sourceDiff: m.sourceDiff,
      from: m.originFile ? ctx.t('translations:editor.memory-from', { file: m.originFile }) : null,
    })),
    names: item.names.map((n) => ({
      text: n.text,
      suggestion: n.suggestion,
      listed: n.source === 'name-list',
    })),
    terms: dedupe(item.terms).map((t) => ({ text: t.text, rendering: t.rendering, note: t.note })),
    annotatable: item.annotatable,
    footnotes: item.footnotes.map((f) => ({
      id: f.id,
      version: f.version,
      quote: f.quote,
      note: f.note,
      lost: f.lost,
      status: ctx.t(`translations:notes.status.${f.status}`),
    })),
    nextId,
  };
}

function highlight(text: string, terms: TermHint[]): UnitView['sourceParts'] {
  const parts: UnitView['sourceParts'] = [];
  let at = 0;
  for (const term of [...terms].sort((a, b) => a.start - b.start)) {
    if (term.start < at) continue;
    if (term.start > at) parts.push({ text: text.slice(at, term.start) });
    parts.push({
      text: text.slice(term.start, term.end),
      term: { rendering: term.rendering, note: term.note },
    });
    at = term.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

function dedupe(terms: TermHint[]): TermHint[] {
  const seen = new Set<number>();
  return terms.filter((t) => !seen.has(t.termId) && seen.add(t.termId));
}
