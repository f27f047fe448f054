import { describe, expect, it } from 'vitest';
import type { SitemapUrl } from '../../publications/sitemap.rules.js';
import { planSitemap, sitemapFile, textAlternates } from './sitemap-files.rules.js';

const urls = (n: number): SitemapUrl[] =>
  Array.from({ length: n }, (_, i) => ({
    loc: `https://b.example/texts/${i + 1}`,
    lastmod: new Date(Date.UTC(2024, 0, i + 1)),
  }));

describe('planSitemap', () => {
  it('serves one file while every address fits, the limit itself included', () => {
    expect(planSitemap(urls(3), 3)).toEqual({ kind: 'single', urls: urls(3) });
    expect(planSitemap([], 3)).toEqual({ kind: 'single', urls: [] });
  });

  it('past the limit, indexes numbered files with the newest date of each', () => {
    expect(planSitemap(urls(7), 3)).toEqual({
      kind: 'index',
      files: [
        { number: 1, lastmod: new Date(Date.UTC(2024, 0, 3)) },
        { number: 2, lastmod: new Date(Date.UTC(2024, 0, 6)) },
        { number: 3, lastmod: new Date(Date.UTC(2024, 0, 7)) },
      ],
    });
  });

  it('leaves lastmod out of a file none of whose addresses has one', () => {
    const plain = [{ loc: 'a' }, { loc: 'b' }, { loc: 'c' }];
    expect(planSitemap(plain, 2)).toEqual({ kind: 'index', files: [{ number: 1 }, { number: 2 }] });
  });
});

describe('sitemapFile', () => {
  it('cuts the addresses into files of the limit, the last one shorter', () => {
    expect(sitemapFile(urls(7), 1, 3)?.map((u) => u.loc)).toEqual(urls(3).map((u) => u.loc));
    expect(sitemapFile(urls(7), 3, 3)?.map((u) => u.loc)).toEqual(['https://b.example/texts/7']);
  });

  it('has no numbered files when one file holds everything, and none past the last', () => {
    expect(sitemapFile(urls(3), 1, 3)).toBeNull();
    expect(sitemapFile(urls(7), 4, 3)).toBeNull();
    expect(sitemapFile(urls(7), 0, 3)).toBeNull();
    expect(sitemapFile(urls(7), 1.5, 3)).toBeNull();
  });
});

describe('textAlternates', () => {
  it('makes the texts of one original name each other and themselves', () => {
    const en = { sourceId: 1, language: 'en', href: '/texts/a' };
    const ru = { sourceId: 1, language: 'ru', href: '/texts/b' };
    const alone = { sourceId: 2, language: 'en', href: '/texts/c' };
    const result = textAlternates([en, ru, alone]);
    const both = [
      { hreflang: 'en', href: '/texts/a' },
      { hreflang: 'ru', href: '/texts/b' },
    ];
    expect(result.get(en)).toEqual(both);
    expect(result.get(ru)).toEqual(both);
    expect(result.get(alone)).toEqual([]);
  });
});
