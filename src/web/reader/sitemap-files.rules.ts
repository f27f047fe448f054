import { MAX_SITEMAP_URLS, type SitemapUrl } from '../../publications/sitemap.rules.js';

/**
 * How the sitemap is served: one file while every address fits, else an index of numbered
 * files (`/sitemaps/1.xml`…), each holding at most `limit` addresses.
 */
export type SitemapPlan =
  | { kind: 'single'; urls: SitemapUrl[] }
  | { kind: 'index'; files: { number: number; lastmod?: Date }[] };

export function planSitemap(urls: SitemapUrl[], limit = MAX_SITEMAP_URLS): SitemapPlan {
  if (urls.length <= limit) return { kind: 'single', urls };
  const count = Math.ceil(urls.length / limit);
  return {
    kind: 'index',
    files: Array.from({ length: count }, (_, i) => {
      const lastmod = newest(sitemapFile(urls, i + 1, limit) ?? []);
      return lastmod ? { number: i + 1, lastmod } : { number: i + 1 };
    }),
  };
}

/** The addresses of numbered file `number` (from 1), or null when there is no such file. */
export function sitemapFile(
  urls: SitemapUrl[],
  number: number,
  limit = MAX_SITEMAP_URLS,
): SitemapUrl[] | null {
  if (!Number.isInteger(number) || number < 1 || urls.length <= limit) return null;
  const slice = urls.slice((number - 1) * limit, number * limit);
  return slice.length ? slice : null;
}

function newest(urls: SitemapUrl[]): Date | undefined {
  let found: Date | undefined;
  for (const url of urls) if (url.lastmod && (!found || url.lastmod > found)) found = url.lastmod;
  return found;
}

/**
 * The hreflang alternates of texts: the current texts of one original, in each language,
 * name each other (and themselves); a text alone in its language gets none.
 */
export function textAlternates<T extends { sourceId: number; language: string; href: string }>(
  texts: T[],
): Map<T, { hreflang: string; href: string }[]> {
  const bySource = new Map<number, T[]>();
  for (const text of texts)
    bySource.set(text.sourceId, [...(bySource.get(text.sourceId) ?? []), text]);
  const result = new Map<T, { hreflang: string; href: string }[]>();
  for (const text of texts) {
    const group = bySource.get(text.sourceId) ?? [];
    result.set(
      text,
      group.length > 1 ? group.map((t) => ({ hreflang: t.language, href: t.href })) : [],
    );
  }
  return result;
}
