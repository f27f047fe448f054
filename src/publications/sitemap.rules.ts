import { escapeXml, xmlDate } from './atom-feed.rules.js';

/** The sitemaps.org limit per file; a larger site lists its sitemaps in a sitemap index. */
export const MAX_SITEMAP_URLS = 50_000;

export interface SitemapUrl {
  loc: string;
  lastmod?: Date;
  /** The same page in other languages (hreflang), the page itself included. */
  alternates?: { hreflang: string; href: string }[];
}

/** A sitemaps.org 0.9 urlset, with language versions as xhtml:link alternates. */
export function renderSitemap(urls: readonly SitemapUrl[]): string {
  if (urls.length > MAX_SITEMAP_URLS) {
    throw new RangeError(`a sitemap holds at most ${MAX_SITEMAP_URLS} URLs, got ${urls.length}`);
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls.flatMap((url) => [
      '  <url>',
      `    <loc>${escapeXml(url.loc)}</loc>`,
      ...(url.lastmod ? [`    <lastmod>${xmlDate(url.lastmod)}</lastmod>`] : []),
      ...(url.alternates ?? []).map(
        (alternate) =>
          `    <xhtml:link rel="alternate" hreflang="${escapeXml(alternate.hreflang)}" href="${escapeXml(alternate.href)}"/>`,
      ),
      '  </url>',
    ]),
    '</urlset>',
  ];
  return lines.join('\n') + '\n';
}

/** A sitemaps.org 0.9 sitemap index, for a site with more URLs than one sitemap may hold. */
export function renderSitemapIndex(sitemaps: readonly { loc: string; lastmod?: Date }[]): string {
  if (sitemaps.length > MAX_SITEMAP_URLS) {
    throw new RangeError(
      `a sitemap index holds at most ${MAX_SITEMAP_URLS} sitemaps, got ${sitemaps.length}`,
    );
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemaps.flatMap((sitemap) => [
      '  <sitemap>',
      `    <loc>${escapeXml(sitemap.loc)}</loc>`,
      ...(sitemap.lastmod ? [`    <lastmod>${xmlDate(sitemap.lastmod)}</lastmod>`] : []),
      '  </sitemap>',
    ]),
    '</sitemapindex>',
  ];
  return lines.join('\n') + '\n';
}
