import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { pairKey } from '../../config/language-pairs.rules.js';
import { worksInPair } from '../../translations/translation-access.rules.js';
import {
  TRANSLATION_STATE_FILTERS,
  TranslationQueriesService,
} from '../../translations/translation-queries.service.js';
import type { RequestContext } from '../../auth/request-context.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { InitiativesService } from '../../sources/initiatives.service.js';
import { describeLegalReference } from '../../sources/legal-reference-input.rules.js';
import { SourceQueriesService, type SourceListItem } from '../../sources/source-queries.service.js';
import { SOURCE_KINDS } from '../../sources/source-vocabulary.js';
import { UsersService } from '../../users/users.service.js';
import type { UserSummary } from '../../users/user.entity.js';
import type { Pagination } from '../pagination.view-model.js';

export interface SourceListView {
  pageTitle: string;
  canEdit: boolean;
  filters: {
    initiatives: { value: string; label: string; selected: boolean }[];
    languages: { value: string; label: string; selected: boolean }[];
    kinds: { value: string; label: string; selected: boolean }[];
    states: { value: string; label: string; selected: boolean }[];
    tag: string;
  };
  sources: {
    id: number;
    title: string;
    language: string;
    kind: string;
    initiative: string;
    segments: number;
    updated: string;
    tags: string[];
  }[];
  pagination?: Pagination;
}

export interface SourceDetailView {
  pageTitle: string;
  canEdit: boolean;
  source: {
    id: number;
    title: string;
    language: string;
    languageLabel: string;
    kind: string;
    initiative: string;
    originalUrl: string | null;
    archiveUrl: string | null;
    published: string | null;
    authors: string;
    licence: string;
    licenceEvidence: string;
    legalReferences: string[];
    tags: string[];
    revision: number;
  };
  segments: {
    id: number;
    position: number;
    kind: string;
    level: number | null;
    text: string;
    sentences: string[];
    changedRevision: number | null;
  }[];
  revisions: { revision: number; href: string; created: string; author: string; summary: string }[];
  translations: {
    targetLanguage: string;
    label: string;
    status: string | null;
    claimant: string | null;
    href: string | null;
    canStart: boolean;
  }[];
}

export interface SourceRevisionView {
  pageTitle: string;
  sourceHref: string;
  revision: number;
  created: string;
  changed: { before: string; after: string }[];
  added: string[];
  removed: string[];
  unchanged: number;
  summary: string;
}

/** Builds the workspace views of source texts from the services (no logic in templates). */
@Injectable()
export class SourceDetailViews {
  constructor(
    private readonly queries: SourceQueriesService,
    private readonly initiatives: InitiativesService,
    private readonly users: UsersService,
    private readonly i18n: I18nService,
    private readonly translations: TranslationQueriesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(
    ctx: RequestContext,
    user: UserSummary,
    items: SourceListItem[],
    selected: {
      initiativeId?: number | undefined;
      language?: string | undefined;
      kind?: string | undefined;
      tag?: string | undefined;
      state?: string | undefined;
    },
  ): Promise<SourceListView> {
    const initiatives = await this.initiatives.list();
    const byId = new Map(initiatives.map((i) => [i.id, i]));
    return {
      pageTitle: ctx.t('sources:list.title'),
      canEdit: user.roles.includes('editor'),
      filters: {
        initiatives: initiatives.map((i) => ({
          value: String(i.id),
          label: i.nameEn,
          selected: i.id === selected.initiativeId,
        })),
        languages: (['ru', 'en'] as const).map((l) => ({
          value: l,
          label: ctx.t(`sources:language.${l}`),
          selected: l === selected.language,
        })),
        kinds: SOURCE_KINDS.map((k) => ({
          value: k,
          label: ctx.t(`sources:kind.${k}`),
          selected: k === selected.kind,
        })),
        states: TRANSLATION_STATE_FILTERS.map((st) => ({
          value: st,
          label: ctx.t(`translations:filter.${st}`),
          selected: st === selected.state,
        })),
        tag: selected.tag ?? '',
      },
      sources: items.map(({ source, tags, segmentCount }) => ({
        id: source.id,
        title: source.title,
        language: source.language,
        kind: ctx.t(`sources:kind.${source.kind}`),
        initiative: byId.get(source.initiativeId)?.nameEn ?? '',
        segments: segmentCount,
        updated: this.i18n.formatDate(ctx.lang, source.updatedAt),
        tags,
      })),
    };
  }

  async detail(ctx: RequestContext, user: UserSummary, id: number): Promise<SourceDetailView> {
    const { source, tags, segments } = await this.queries.get(id);
    const [initiative, revisions] = await Promise.all([
      this.initiatives.get(source.initiativeId),
      this.queries.revisions(id),
    ]);
    const live = await this.translations.ofSource(id);
    const authors = await this.users.handlesOf([
      ...revisions.map((r) => r.createdById).filter((v): v is number => v !== null),
      ...live.map((t) => t.claimedById).filter((v): v is number => v !== null),
    ]);
    const targets = this.config.languagePairs
      .filter((p) => p.source === source.language)
      .map((p) => p.target);
    const legalLanguage = ctx.lang;
    return {
      pageTitle: source.title,
      canEdit: user.roles.includes('editor'),
      source: {
        id: source.id,
        title: source.title,
        language: source.language,
        languageLabel: ctx.t(`sources:language.${source.language}`),
        kind: ctx.t(`sources:kind.${source.kind}`),
        initiative: `${initiative.nameEn} (${initiative.nameOriginal})`,
        originalUrl: source.originalUrl,
        archiveUrl: source.archiveUrl,
        published: source.publishedDate
          ? this.i18n.formatDate(ctx.lang, source.publishedDate, source.publishedPrecision ?? 'day')
          : null,
        authors: source.authors.join(', '),
        licence: ctx.t(`sources:licence.${source.licence}`),
        licenceEvidence: source.licenceEvidence,
        legalReferences: source.legalReferences.map((r) =>
          describeLegalReference(r, legalLanguage),
        ),
        tags,
        revision: source.revision,
      },
      segments: segments.map((s) => ({
        id: s.id,
        position: (s.position ?? 0) + 1,
        kind: s.kind,
        level: s.level,
        text: s.text,
        sentences: s.sentences,
        changedRevision: s.changedRevision,
      })),
      revisions: revisions.map((r) => ({
        revision: r.revision,
        href: `/workspace/sources/${id}/revisions/${r.revision}`,
        created: this.i18n.formatDateTime(ctx.lang, r.createdAt),
        author:
          (r.createdById !== null ? authors.get(r.createdById) : null) ??
          ctx.t('common:former-volunteer'),
        summary: r.revision === 1 ? ctx.t('sources:revision.first') : this.summary(ctx, r.changes),
      })),
      translations: targets.map((target) => {
        const translation = live.find((t) => t.targetLanguage === target);
        return {
          targetLanguage: target,
          label: ctx.t(`sources:language.${target}`),
          status: translation ? ctx.t(`workflow:state.translation.${translation.status}`) : null,
          claimant: translation?.claimedById
            ? (authors.get(translation.claimedById) ?? null)
            : null,
          href: translation ? `/workspace/translations/${translation.id}` : null,
          canStart:
            !translation && worksInPair(user, pairKey({ source: source.language, target: target })),
        };
      }),
    };
  }

  async revision(ctx: RequestContext, id: number, revision: number): Promise<SourceRevisionView> {
    const [source, found] = await Promise.all([
      this.queries.find(id),
      this.queries.revision(id, revision),
    ]);
    return {
      pageTitle: ctx.t('sources:revision.title', { revision, title: source?.title ?? found.title }),
      sourceHref: `/workspace/sources/${id}`,
      revision,
      created: this.i18n.formatDateTime(ctx.lang, found.createdAt),
      changed: found.changes.changed.map((c) => ({ before: c.before, after: c.after })),
      added: found.changes.added.map((a) => a.text),
      removed: found.changes.removed.map((r) => r.text),
      unchanged: found.changes.unchanged,
      summary: revision === 1 ? ctx.t('sources:revision.first') : this.summary(ctx, found.changes),
    };
  }

  private summary(
    ctx: RequestContext,
    changes: { changed: unknown[]; added: unknown[]; removed: unknown[]; unchanged: number },
  ): string {
    return ctx.t('sources:revision.summary', {
      changed: ctx.t('sources:revision.changed', { count: changes.changed.length }),
      added: ctx.t('sources:revision.added', { count: changes.added.length }),
      removed: ctx.t('sources:revision.removed', { count: changes.removed.length }),
    });
  }
}
