import type { RequestContext } from '../../auth/request-context.js';
import { renderMarkdown } from '../../common/text/markdown.rules.js';
import { hasCyrillic } from '../../common/text/normalise.rules.js';
import type { Initiative } from '../../sources/initiative.entity.js';
import type { Pagination } from '../pagination.view-model.js';
import type { PublicationItemView } from './publication-list.view-model.js';
import type { ReaderHead } from './reader-head.view-model.js';

/** What readers learn of an initiative wherever it is shown. */
export interface InitiativeCardView {
  href: string;
  /** The name to head the card with, in the reader's script. */
  name: string;
  nameEn: string;
  nameOriginal: string;
  originalLanguage: string;
  /** The description in the interface language, or else the other one (its language said). */
  descriptionHtml: string;
  descriptionLanguage: string;
  siteUrl: string | null;
  /** The label Russian law makes a "foreign agent" print, verbatim; null when not flagged. */
  mandatedLabel: string | null;
  undesirable: boolean;
}

export interface InitiativesView {
  pageTitle: string;
  initiatives: InitiativeCardView[];
  head: ReaderHead;
}

export interface InitiativeView {
  pageTitle: string;
  initiative: InitiativeCardView;
  count: string;
  publications: PublicationItemView[];
  pagination: Pagination;
  feedHref: string;
  head: ReaderHead;
}

export function initiativeCard(ctx: RequestContext, i: Initiative): InitiativeCardView {
  const own = ctx.lang === 'ru' ? i.descriptionRu : i.descriptionEn;
  const other = ctx.lang === 'ru' ? i.descriptionEn : i.descriptionRu;
  return {
    href: `/initiatives/${i.slug}`,
    name: ctx.lang === 'ru' ? i.nameOriginal : i.nameEn,
    nameEn: i.nameEn,
    nameOriginal: i.nameOriginal,
    originalLanguage: hasCyrillic(i.nameOriginal) ? 'ru' : 'en',
    descriptionHtml: renderMarkdown(own || other),
    descriptionLanguage: own ? ctx.lang : ctx.lang === 'ru' ? 'en' : 'ru',
    siteUrl: i.siteUrl && /^https?:\/\//i.test(i.siteUrl) ? i.siteUrl : null,
    mandatedLabel: i.foreignAgent && i.foreignAgentLabel ? i.foreignAgentLabel : null,
    undesirable: i.undesirable,
  };
}

/** A plain-text description for `<meta name="description">`. */
export function plainDescription(i: Initiative, lang: string): string {
  const text = (lang === 'ru' ? i.descriptionRu : i.descriptionEn) || i.descriptionEn;
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}
