import type { RequestContext } from '../../auth/request-context.js';
import { INTERFACE_LANGUAGES } from '../../config/app-config.js';

export interface FeedLink {
  title: string;
  href: string;
}

/** What `views/layouts/main.eta` puts in `<head>` for search engines, feed readers and sharing. */
export interface ReaderHead {
  canonical: string;
  description: string;
  alternates: { hreflang: string; href: string }[];
  feeds: FeedLink[];
  og: { title: string; type: string; url: string; locale: string; description: string };
}

export const OG_LOCALE: Record<string, string> = { en: 'en_GB', ru: 'ru_RU' };

/**
 * The head of a reader page that exists in both interface languages at one address: the
 * language versions are `?lang=` variants, the bare address is the default, and the canonical
 * address keeps `lang` only when the reader came through it (so each version names itself).
 */
export function readerHead(
  ctx: RequestContext,
  publicUrl: string,
  input: {
    path: string;
    /** Query parameters that make this page what it is (e.g. the page number). */
    query?: Record<string, string | number | null | undefined>;
    title: string;
    description: string;
    feeds?: FeedLink[];
    type?: 'website' | 'article';
  },
): ReaderHead {
  const address = (lang: string | null) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(input.query ?? {})) {
      if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
    }
    if (lang) params.set('lang', lang);
    const query = params.toString();
    return `${publicUrl}${input.path}${query ? `?${query}` : ''}`;
  };
  const canonical = address(ctx.langFromQuery ? ctx.lang : null);
  return {
    canonical,
    description: input.description,
    alternates: [
      ...INTERFACE_LANGUAGES.map((lang) => ({ hreflang: lang, href: address(lang) })),
      { hreflang: 'x-default', href: address(null) },
    ],
    feeds: input.feeds ?? [],
    og: {
      title: input.title,
      type: input.type ?? 'website',
      url: canonical,
      locale: OG_LOCALE[ctx.lang] ?? 'en_GB',
      description: input.description,
    },
  };
}

/** A page number from the query: a positive integer, or 1. */
export function pageNumber(page: unknown): number {
  const n = Number(page);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}
