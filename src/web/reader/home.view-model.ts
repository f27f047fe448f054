import type { RequestContext } from '../../auth/request-context.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../../config/language-pairs.rules.js';
import type { I18nService } from '../../i18n/i18n.service.js';
import type { PublicationSummary } from '../../publications/publication-queries.service.js';
import type { TimelineEntry } from '../../timeline/timeline.service.js';
import type { Pagination } from '../pagination.view-model.js';
import type { PublicationItemView } from './publication-list.view-model.js';
import type { ReaderHead } from './reader-head.view-model.js';

export interface ReadMoreLink {
  href: string;
  label: string;
  language: string;
  /** "in Russian" when the text is not in the interface language, else null. */
  languageNote: string | null;
}

export interface TimelineItemView {
  id: number;
  isoDate: string;
  dateLabel: string;
  title: string;
  summary: string;
  tags: { label: string; href: string }[];
  readMore: ReadMoreLink[];
}

export interface HomeView {
  pageTitle: string;
  timeline: TimelineItemView[];
  tag: string | null;
  /** The tag's own page, when the timeline is filtered by one. */
  tagPage: string | null;
  pagination: Pagination;
  latest: { language: string; heading: string; items: PublicationItemView[] }[];
  initiatives: { name: string; originalName: string; originalLanguage: string; href: string }[];
  head: ReaderHead;
}

/** The interface language first, then the other. */
export function languagesFor(lang: string): TextLanguage[] {
  return [...TEXT_LANGUAGES].sort((a, b) => Number(b === lang) - Number(a === lang));
}

/**
 * "Read more" for each source text behind an event: its current text in the reader's
 * language, else in the other language (said so), else no link at all.
 */
export function readMoreLinks(
  ctx: RequestContext,
  sourceIds: number[],
  current: PublicationSummary[],
): ReadMoreLink[] {
  const order = languagesFor(ctx.lang);
  return sourceIds.flatMap((sourceId) => {
    const found = current
      .filter((p) => p.sourceId === sourceId)
      .sort((a, b) => order.indexOf(a.language) - order.indexOf(b.language))[0];
    if (!found) return [];
    return [
      {
        href: `/texts/${found.slug}`,
        label: found.title,
        language: found.language,
        languageNote:
          found.language === ctx.lang ? null : ctx.t(`reader:in-language.${found.language}`),
      },
    ];
  });
}

export function timelineItems(
  ctx: RequestContext,
  i18n: I18nService,
  entries: TimelineEntry[],
  current: PublicationSummary[],
  tagHref: (tag: string) => string,
): TimelineItemView[] {
  const ru = ctx.lang === 'ru';
  return entries.map(({ event, tags, sourceIds }) => ({
    id: event.id,
    isoDate: event.date,
    dateLabel: i18n.formatDate(ctx.lang, event.date, event.precision),
    title: (ru ? event.titleRu : event.titleEn) || (ru ? event.titleEn : event.titleRu),
    summary: (ru ? event.summaryRu : event.summaryEn) || (ru ? event.summaryEn : event.summaryRu),
    tags: tags.map((t) => ({ label: t, href: tagHref(t) })),
    readMore: readMoreLinks(ctx, sourceIds, current),
  }));
}
