import type { RequestContext } from '../../auth/request-context.js';
import type { I18nService } from '../../i18n/i18n.service.js';
import type { ExplainerReaderPage } from '../../notes/explainer-queries.service.js';
import { precisionOfTyped } from '../../notes/explainer-input.rules.js';
import { readerHead, type ReaderHead } from './reader-head.view-model.js';

export interface ExplainerPageView {
  pageTitle: string;
  title: string;
  language: string;
  /** Said when the explainer is not (yet) approved in the interface language. */
  fallbackNote: string | null;
  kind: string;
  asOf: { iso: string; label: string } | null;
  /** The short text, shown when there is no long text. */
  shortText: string;
  /** Sanitised by the notes module. */
  longHtml: string;
  sources: {
    title: string;
    publisher: string;
    url: string | null;
    date: { iso: string; label: string } | null;
    primary: boolean;
  }[];
  usedIn: { href: string; title: string; language: string; languageNote: string | null }[];
  otherLanguages: { language: string; label: string; href: string }[];
  head: ReaderHead;
}

export function explainerPageView(
  ctx: RequestContext,
  i18n: I18nService,
  publicUrl: string,
  page: ExplainerReaderPage,
): ExplainerPageView {
  const path = `/explainers/${page.slug}`;
  const date = (value: string | null, precision = value ? precisionOfTyped(value) : 'day') =>
    value ? { iso: value, label: i18n.formatDate(ctx.lang, value, precision) } : null;
  const head = readerHead(ctx, publicUrl, {
    path,
    title: page.title,
    description: page.shortText.replace(/\s+/g, ' ').trim().slice(0, 300),
    type: 'article',
  });
  return {
    pageTitle: page.title,
    title: page.title,
    language: page.language,
    fallbackNote:
      page.language === ctx.lang
        ? null
        : ctx.t('reader:explainer.fallback', {
            language: ctx.t(`reader:in-language.${page.language}`),
          }),
    kind: ctx.t(`reader:explainer.kind.${page.kind}`),
    asOf: date(page.asOf),
    shortText: page.longHtml.trim() ? '' : page.shortText,
    longHtml: page.longHtml,
    sources: page.sources.map((s) => ({
      title: s.title,
      publisher: s.publisher,
      url: s.url && /^https?:\/\//i.test(s.url) ? s.url : null,
      date: date(s.date, s.datePrecision ?? undefined),
      primary: s.primary,
    })),
    usedIn: page.publications.map((p) => ({
      href: `/texts/${p.slug}`,
      title: p.title,
      language: p.language,
      languageNote: p.language === ctx.lang ? null : ctx.t(`reader:in-language.${p.language}`),
    })),
    otherLanguages: page.languages
      .filter((language) => language !== page.language)
      .map((language) => ({
        language,
        label: ctx.t(`reader:explainer.read-in.${language}`),
        href: `${path}?lang=${language}`,
      })),
    head: {
      ...head,
      // Only the languages the explainer is approved in are versions of it.
      alternates: head.alternates.filter(
        (a) =>
          a.hreflang === 'x-default' || (page.languages as readonly string[]).includes(a.hreflang),
      ),
    },
  };
}
