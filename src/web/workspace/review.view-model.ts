import type { RequestContext } from '../../auth/request-context.js';
import type { CommentsView } from './comments.view-model.js';
import type { DiffPart } from '../../common/text/word-diff.rules.js';
import type { I18nService } from '../../i18n/i18n.service.js';
import { translateFindings, type TranslatedFinding } from '../../qa/translated-findings.js';
import type { QueueItem } from '../../review/review-queue.service.js';
import type { ReviewBench } from '../../review/review-workbench.service.js';

export interface ReviewQueueView {
  pageTitle: string;
  wide: true;
  filters: {
    pairs: { value: string; selected: boolean }[];
    initiatives: { value: string; label: string; selected: boolean }[];
    olderThan: string;
  };
  items: {
    href: string;
    title: string;
    language: string;
    pair: string;
    waiting: string;
    submitted: string;
    progress: string;
  }[];
}

export interface ReviewUnitView {
  id: number;
  position: number;
  kind: string;
  version: number;
  status: string;
  statusLabel: string;
  source: string;
  text: string;
  findings: TranslatedFinding[];
  previousDiff: DiffPart[] | null;
  memory: { quality: number; diff: DiffPart[] } | null;
  approvals: string;
  approvedByMe: boolean;
  canApprove: boolean;
  canSelfApprove: boolean;
  canRequestChanges: boolean;
  lastComment: string | null;
  historyHref: string;
}

export interface ReviewPageView {
  pageTitle: string;
  wide: true;
  translation: {
    id: number;
    status: string;
    statusLabel: string;
    sourceLanguage: string;
    targetLanguage: string;
    editorHref: string;
  };
  canReview: boolean;
  canApproveAll: boolean;
  unitVersions: { id: number; version: number }[];
  units: ReviewUnitView[];
  comments: CommentsView | null;
}

export function reviewQueueView(
  ctx: RequestContext,
  i18n: I18nService,
  items: QueueItem[],
  filters: ReviewQueueView['filters'],
): ReviewQueueView {
  return {
    pageTitle: ctx.t('review:queue.title'),
    wide: true,
    filters,
    items: items.map((i) => ({
      href: `/workspace/translations/${i.translation.id}/review`,
      title: i.source.title,
      language: i.source.language,
      pair: i.pair,
      waiting: ctx.t('review:queue.waiting', { count: i.waitingUnits }),
      submitted: i.translation.submittedAt
        ? i18n.formatDateTime(ctx.lang, i.translation.submittedAt)
        : '',
      progress: ctx.t('review:queue.approved', {
        approved: i.progress.approved,
        total: i.progress.total,
      }),
    })),
  };
}

export function reviewPageView(
  ctx: RequestContext,
  bench: ReviewBench,
  comments: CommentsView | null = null,
): ReviewPageView {
  const { translation, source } = bench;
  const waiting = bench.units.filter((u) => u.unit.status === 'submitted');
  return {
    pageTitle: ctx.t('review:page.title', { title: source.title }),
    wide: true,
    translation: {
      id: translation.id,
      status: translation.status,
      statusLabel: ctx.t(`workflow:state.translation.${translation.status}`),
      sourceLanguage: source.language,
      targetLanguage: translation.targetLanguage,
      editorHref: `/workspace/translations/${translation.id}`,
    },
    canReview: bench.canReview,
    // Approving all is approving each waiting unit: a self-approval where the site allows one.
    canApproveAll:
      waiting.length > 0 &&
      waiting.every((u) => u.canApprove || u.canSelfApprove || u.approvedByMe),
    unitVersions: waiting.map((u) => ({ id: u.unit.id, version: u.unit.version })),
    comments,
    units: bench.units.map((u) => ({
      id: u.unit.id,
      position: (u.segment.position ?? 0) + 1,
      kind: u.segment.kind,
      version: u.unit.version,
      status: u.unit.status,
      statusLabel: ctx.t(`workflow:state.unit.${u.unit.status}`),
      source: u.segment.text,
      text: u.unit.text,
      findings: translateFindings(ctx.t, u.findings),
      previousDiff: u.previous?.diff ?? null,
      memory: u.memory ? { quality: u.memory.quality, diff: u.memory.diff } : null,
      approvals: ctx.t('review:page.approvals', {
        count: u.approvers.length,
        required: bench.requiredApprovals,
        handles: u.approvers.map((h) => h || ctx.t('common:former-volunteer')).join(', '),
      }),
      approvedByMe: u.approvedByMe,
      canApprove: u.canApprove,
      canSelfApprove: u.canSelfApprove && !u.canApprove,
      canRequestChanges: u.canRequestChanges,
      lastComment: u.lastComment,
      historyHref: `/workspace/translations/${translation.id}/units/${u.unit.id}/history`,
    })),
  };
}
