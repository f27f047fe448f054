import type { RequestContext } from '../../auth/request-context.js';
import type { I18nService } from '../../i18n/i18n.service.js';
import {
  groupLists,
  renderArticleBlocks,
  type ListGroup,
} from '../../publications/article-html.rules.js';
import type { Credit } from '../../publications/publication-queries.service.js';
import type { Publication } from '../../publications/publication.entity.js';
import { LICENCE_URLS, type Licence } from '../../sources/source-vocabulary.js';

export interface ArticleView {
  pageTitle: string;
  scripts: string[];
  language: string;
  originalLanguage: string;
  title: string;
  originalTitle: string;
  sideBySide: boolean;
  toggleHref: string;
  groups: ListGroup[];
  footnotes: { number: number; html: string }[];
  explainers: { id: number; title: string; short: string; href: string }[];
  attribution: {
    initiative: string;
    initiativeOriginal: string;
    initiativeHref: string;
    originalTitle: string;
    originalUrl: string | null;
    archiveUrl: string | null;
    originalDate: string | null;
    authors: string;
    licence: string;
    licenceUrl: string | null;
    licenceEvidence: string;
    label: string | null;
    undesirable: boolean;
  };
  credits: { translators: string; reviewers: string; selfReviewed: boolean };
  version: {
    number: number;
    published: string;
    isLatest: boolean;
    latestHref: string;
    changeNote: string;
  };
  corrections: { version: number; href: string; date: string; note: string; current: boolean }[];
  alternates: { language: string; label: string; href: string }[];
  tags: { label: string; href: string }[];
  canonical: string;
  head: {
    canonical: string;
    description: string;
    alternates: { hreflang: string; href: string }[];
    og: { title: string; type: string; url: string; locale: string; description: string };
  };
}

export function articleView(
  ctx: RequestContext,
  i18n: I18nService,
  publicUrl: string,
  input: {
    publication: Publication;
    latest: Publication;
    credits: Credit[];
    versions: Publication[];
    alternates: Publication[];
    tags: string[];
    sideBySide: boolean;
  },
): ArticleView {
  const { publication: p, latest } = input;
  const c = p.content;
  const a = c.attribution;
  const base = `/texts/${p.slug}`;
  const path = p.id === latest.id ? base : `${base}/v/${p.version}`;
  const name = (credit: Credit) => credit.handle ?? ctx.t('common:former-volunteer');
  const translators = input.credits.filter((x) => x.role === 'translator').map(name);
  const reviewers = input.credits
    .filter((x) => x.role === 'reviewer')
    .map((x) =>
      x.selfReviewed ? ctx.t('reader:article.self-reviewed', { handle: name(x) }) : name(x),
    );
  return {
    pageTitle: c.title,
    scripts: c.explainers.length ? ['/static/js/reader.js'] : [],
    language: p.language,
    originalLanguage: p.sourceLanguage,
    title: c.title,
    originalTitle: c.originalTitle,
    sideBySide: input.sideBySide,
    toggleHref: input.sideBySide ? path : `${path}?view=original`,
    groups: groupLists(renderArticleBlocks(c.blocks, c.footnotes, c.explainers)),
    footnotes: c.footnotes.map((f) => ({ number: f.number, html: f.noteHtml })),
    explainers: c.explainers.map((e) => ({
      id: e.explainerId,
      title: e.title,
      short: e.short,
      href: `/explainers/${e.slug}`,
    })),
    attribution: {
      initiative: a.initiative.nameEn,
      initiativeOriginal: a.initiative.nameOriginal,
      initiativeHref: `/initiatives/${a.initiative.slug}`,
      originalTitle: a.originalTitle,
      originalUrl: a.originalUrl,
      archiveUrl: a.archiveUrl,
      originalDate: a.originalDate
        ? i18n.formatDate(ctx.lang, a.originalDate, a.originalDatePrecision ?? 'day')
        : null,
      authors: a.authors.join(', '),
      licence: ctx.t(`sources:licence.${a.licence}`),
      licenceUrl: LICENCE_URLS[a.licence as Licence] ?? null,
      licenceEvidence: a.licence === 'permission' ? a.licenceEvidence : '',
      label:
        a.initiative.foreignAgent && a.initiative.foreignAgentLabel
          ? a.initiative.foreignAgentLabel
          : null,
      undesirable: a.initiative.undesirable,
    },
    credits: {
      translators: translators.join(', '),
      reviewers: reviewers.join(', '),
      selfReviewed: c.selfReviewed,
    },
    version: {
      number: p.version,
      published: i18n.formatDate(ctx.lang, p.publishedAt),
      isLatest: p.id === latest.id,
      latestHref: base,
      changeNote: p.changeNote,
    },
    corrections: input.versions.map((v) => ({
      version: v.version,
      href: v.version === latest.version ? base : `${base}/v/${v.version}`,
      date: i18n.formatDate(ctx.lang, v.publishedAt),
      note: v.changeNote,
      current: v.version === p.version,
    })),
    alternates: input.alternates.map((alt) => ({
      language: alt.language,
      label: ctx.t(`sources:language.${alt.language}`),
      href: `/texts/${alt.slug}`,
    })),
    tags: input.tags.map((t) => ({ label: t, href: `/tags/${encodeURIComponent(t)}` })),
    canonical: `${publicUrl}${path}`,
    head: {
      canonical: `${publicUrl}${path}`,
      description: p.summary,
      alternates: [
        { hreflang: p.language, href: `${publicUrl}${base}` },
        ...input.alternates.map((alt) => ({
          hreflang: alt.language,
          href: `${publicUrl}/texts/${alt.slug}`,
        })),
      ],
      og: {
        title: c.title,
        type: 'article',
        url: `${publicUrl}${path}`,
        locale: p.language === 'ru' ? 'ru_RU' : 'en_GB',
        description: p.summary,
      },
    },
  };
}
