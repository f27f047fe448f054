import { describe, expect, it } from 'vitest';
import { MAX_SITEMAP_URLS, renderSitemap, renderSitemapIndex } from './sitemap.rules.js';

/** Balanced tags under one root, double-quoted attributes, no bare '&', '<' or '>' in text. */
function elements(xml: string): string[] {
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  const pieces = body.match(/<[^<>]*>|[^<>]+/g) ?? [];
  expect(pieces.join('')).toBe(body);
  const names: string[] = [];
  const open: string[] = [];
  for (const piece of pieces) {
    if (!piece.startsWith('<')) {
      expect(piece).toMatch(/^(?:[^&<>]|&(?:amp|lt|gt|quot|apos);)*$/);
      continue;
    }
    const tag =
      /^<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="(?:[^"&<>]|&(?:amp|lt|gt|quot|apos);)*")*)\s*(\/?)>$/.exec(
        piece,
      );
    expect(tag, piece).not.toBeNull();
    const [, closing, name, , selfClosing] = tag!;
    if (closing) {
      expect(open.pop()).toBe(name);
      continue;
    }
    expect(open.length > 0 || names.length === 0, 'single root').toBe(true);
    names.push(name!);
    if (!selfClosing) open.push(name!);
  }
  expect(open).toEqual([]);
  return names;
}

describe('renderSitemap', () => {
  const xml = renderSitemap([
    {
      loc: 'https://bridges.example/en/texts/memorial',
      lastmod: new Date('2024-02-17T08:30:00.500Z'),
      alternates: [
        { hreflang: 'en', href: 'https://bridges.example/en/texts/memorial' },
        { hreflang: 'ru', href: 'https://bridges.example/ru/texts/memorial' },
      ],
    },
    { loc: 'https://bridges.example/en/search?q=a&page=2' },
  ]);

  it('is a well-formed sitemaps.org 0.9 urlset with the xhtml namespace', () => {
    expect(xml).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml">/,
    );
    expect(elements(xml)).toEqual([
      'urlset',
      'url',
      'loc',
      'lastmod',
      'xhtml:link',
      'xhtml:link',
      'url',
      'loc',
    ]);
  });

  it('writes lastmod as a W3C datetime and language alternates as xhtml:link', () => {
    expect(xml).toContain('<lastmod>2024-02-17T08:30:00Z</lastmod>');
    expect(xml).toContain(
      '<xhtml:link rel="alternate" hreflang="ru" href="https://bridges.example/ru/texts/memorial"/>',
    );
  });

  it('escapes URLs, including the ampersands of query strings', () => {
    expect(xml).toContain('<loc>https://bridges.example/en/search?q=a&amp;page=2</loc>');
    const hostile = renderSitemap([
      {
        loc: 'https://bridges.example/"><script>alert(1)</script>\u0000',
        alternates: [{ hreflang: 'ru" onload="x', href: "https://bridges.example/'ru'" }],
      },
    ]);
    elements(hostile);
    expect(hostile).not.toContain('<script');
    expect(hostile).not.toContain('\u0000');
    expect(hostile).toContain('hreflang="ru&quot; onload=&quot;x"');
    expect(hostile).toContain('href="https://bridges.example/&apos;ru&apos;"');
  });

  it('is a valid empty urlset without URLs', () => {
    expect(elements(renderSitemap([]))).toEqual(['urlset']);
  });

  it('refuses more URLs than one sitemap may hold', () => {
    const urls = Array.from({ length: MAX_SITEMAP_URLS + 1 }, (_, i) => ({
      loc: `https://b.example/${i}`,
    }));
    expect(() => renderSitemap(urls)).toThrow(RangeError);
    expect(() => renderSitemap(urls.slice(1))).not.toThrow();
  });
});

describe('renderSitemapIndex', () => {
  it('lists sitemaps with their dates', () => {
    const xml = renderSitemapIndex([
      { loc: 'https://bridges.example/sitemap-1.xml', lastmod: new Date('2024-01-01T00:00:00Z') },
      { loc: 'https://bridges.example/sitemap-2.xml?a=1&b=2' },
    ]);
    expect(elements(xml)).toEqual(['sitemapindex', 'sitemap', 'loc', 'lastmod', 'sitemap', 'loc']);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<lastmod>2024-01-01T00:00:00Z</lastmod>');
    expect(xml).toContain('<loc>https://bridges.example/sitemap-2.xml?a=1&amp;b=2</loc>');
  });
});
