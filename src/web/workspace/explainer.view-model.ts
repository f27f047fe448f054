import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../auth/request-context.js';
import type { DatePrecision } from '../../common/partial-date.rules.js';
import { renderMarkdown } from '../../common/text/markdown.rules.js';
import type { TextLanguage } from '../../config/language-pairs.rules.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { typedDate } from '../../notes/explainer-input.rules.js';
import type { ExplainerSourceRecord } from '../../notes/explainer-texts.js';
import type {
  ExplainerDetail,
  ExplainerSummary,
  WorkingVersion,
} from '../../notes/explainer-workspace.service.js';
import type { FormErrors } from '../form-errors.js';
import { languageLabel } from './explainer-form.view-model.js';

export interface ExplainersView {
  pageTitle: string;
  canCreate: boolean;
  countLabel: string;
  explainers: {
    href: string;
    title: string;
    kindLabel: string;
    languages: {
      language: TextLanguage;
      label: string;
      statusLabel: string;
      published: boolean;
    }[];
  }[];
}

interface SourceView {
  title: string;
  publisher: string;
  url: string | null;
  date: string;
  primary: boolean;
}

export interface ExplainerVersionView {
  language: TextLanguage;
  label: string;
  working: {
    status: string;
    statusLabel: string;
    title: string;
    shortText: string;
    /** Sanitised by the Markdown renderer (raw HTML off). */
    longHtml: string;
    asOfLabel: string;
    sources: SourceView[];
    writtenBy: string;
    approvedBy: string | null;
    reviewComment: string;
    version: number;
    editHref: string | null;
    submitAction: string | null;
    review: {
      action: string;
      approve: boolean;
      approveOwn: boolean;
      requestChanges: boolean;
    } | null;
  } | null;
  published: {
    label: string;
    title: string;
    shortText: string;
    sameAsWorking: boolean;
  } | null;
  errors: FormErrors | null;
}

export interface ExplainerPageView {
  pageTitle: string;
  slug: string;
  kindLabel: string;
  versions: ExplainerVersionView[];
  translateLinks: { href: string; label: string }[];
  statusCode?: number;
}

/** What the explainer list and page show; the templates only print it. */
@Injectable()
export class ExplainerViews {
  constructor(private readonly i18n: I18nService) {}

  list(ctx: RequestContext, explainers: ExplainerSummary[], canCreate: boolean): ExplainersView {
    return {
      pageTitle: ctx.t('notes:explainer.title'),
      canCreate,
      countLabel: ctx.t('notes:explainer.count', { count: explainers.length }),
      explainers: explainers.map((e) => ({
        href: `/workspace/explainers/${e.id}`,
        title: e.languages.map((l) => l.title).join(' / ') || e.slug,
        kindLabel: ctx.t(`notes:explainer.kind.${e.kind}`),
        languages: e.languages.map((l) => ({
          language: l.language,
          label: languageLabel(ctx, l.language),
          statusLabel: l.status
            ? ctx.t(`workflow:state.explainer.${l.status}`)
            : ctx.t('notes:explainer.approved-text-only'),
          published: l.published,
        })),
      })),
    };
  }

  page(
    ctx: RequestContext,
    detail: ExplainerDetail,
    errors?: { language: TextLanguage; errors: FormErrors },
  ): ExplainerPageView {
    const base = `/workspace/explainers/${detail.id}`;
    const versions = detail.versions.map((v): ExplainerVersionView => {
      const working = v.working;
      return {
        language: v.language,
        label: languageLabel(ctx, v.language),
        working: working ? this.working(ctx, base, working) : null,
        published: v.published
          ? {
              label: ctx.t('notes:explainer.published-on', {
                date: this.i18n.formatDate(ctx.lang, v.published.publishedAt),
              }),
              title: v.published.title,
              shortText: v.published.shortText,
              sameAsWorking:
                working?.status === 'approved' ||
                (working !== null &&
                  working.title === v.published.title &&
                  working.shortText === v.published.shortText &&
                  working.longText === v.published.longText),
            }
          : null,
        errors: errors?.language === v.language ? errors.errors : null,
      };
    });
    const title = versions.find((v) => v.language === ctx.lang) ?? versions[0];
    return {
      pageTitle: title?.working?.title ?? title?.published?.title ?? detail.slug,
      slug: detail.slug,
      kindLabel: ctx.t(`notes:explainer.kind.${detail.kind}`),
      versions,
      translateLinks: detail.canTranslateInto.map((language) => ({
        href: `${base}/${language}/edit`,
        label: ctx.t(`notes:explainer.translate-into.${language}`),
      })),
    };
  }

  private working(
    ctx: RequestContext,
    base: string,
    w: WorkingVersion,
  ): NonNullable<ExplainerVersionView['working']> {
    const handle = (person: { handle: string | null } | null) =>
      person?.handle ?? ctx.t('common:former-volunteer');
    const reviewActions = w.actions.filter((a) =>
      ['approve', 'approve_own', 'request_changes'].includes(a),
    );
    return {
      status: w.status,
      statusLabel: ctx.t(`workflow:state.explainer.${w.status}`),
      title: w.title,
      shortText: w.shortText,
      longHtml: renderMarkdown(w.longText),
      asOfLabel: w.asOf
        ? ctx.t('notes:explainer.as-of', { date: this.typed(ctx, w.asOf) })
        : ctx.t('notes:explainer.no-as-of'),
      sources: w.sources.map((s) => this.source(ctx, s)),
      writtenBy: ctx.t('notes:explainer.written-by', { handle: handle(w.author) }),
      approvedBy:
        w.reviewer && w.approvedAt
          ? ctx.t(
              w.selfApproved ? 'notes:explainer.self-approved-by' : 'notes:explainer.approved-by',
              {
                handle: handle(w.reviewer),
                date: this.i18n.formatDate(ctx.lang, w.approvedAt),
              },
            )
          : null,
      reviewComment: w.reviewComment,
      version: w.version,
      editHref: w.actions.includes('edit') ? `${base}/${w.language}/edit` : null,
      submitAction: w.actions.includes('submit') ? `${base}/${w.language}/submit` : null,
      review: reviewActions.length
        ? {
            action: `${base}/${w.language}/review`,
            approve: w.actions.includes('approve'),
            approveOwn: w.actions.includes('approve_own'),
            requestChanges: w.actions.includes('request_changes'),
          }
        : null,
    };
  }

  private source(ctx: RequestContext, s: ExplainerSourceRecord): SourceView {
    return {
      title: s.title,
      publisher: s.publisher,
      url: s.url,
      date: s.date ? this.date(ctx, s.date, s.datePrecision ?? 'day') : '',
      primary: s.primary,
    };
  }

  private typed(ctx: RequestContext, typed: string): string {
    const { date, precision } = typedDate(typed);
    return this.date(ctx, date, precision);
  }

  private date(ctx: RequestContext, date: string, precision: DatePrecision): string {
    return this.i18n.formatDate(ctx.lang, date, precision);
  }
}
