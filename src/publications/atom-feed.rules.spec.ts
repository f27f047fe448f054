import { describe, expect, it } from 'vitest';
import {
  type AtomEntry,
  type AtomFeed,
  escapeXml,
  renderAtomFeed,
  xmlDate,
} from './atom-feed.rules.js';

/**
 * A small well-formedness check (no XML parser is installed): the document is only a
 * declaration, tags with double-quoted attributes and text; tags balance under one root;
 * text and attribute values hold no '<', '>' or bare '&'. Returns element names in order.
 */
function elements(xml: string): string[] {
  const body = xml.replace(/^<\?xml version="1\.0" encoding="utf-8"\?>\n/i, '');
  const pieces = body.match(/<[^<>]*>|[^<>]+/g) ?? [];
  expect(pieces.join('')).toBe(body);
  const names: string[] = [];
  const open: string[] = [];
  let roots = 0;
  for (const piece of pieces) {
    if (!piece.startsWith('<')) {
      expect(piece, 'text node').toMatch(/^(?:[^&<>]|&(?:amp|lt|gt|quot|apos);)*$/);
      continue;
    }
    const tag =
      /^<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="(?:[^"&<>]|&(?:amp|lt|gt|quot|apos);)*")*)\s*(\/?)>$/.exec(
        piece,
      );
    expect(tag, piece).not.toBeNull();
    const [, closing, name, , selfClosing] = tag!;
    if (closing) {
      expect(open.pop(), `closing ${name}`).toBe(name);
      continue;
    }
    if (open.length === 0) roots += 1;
    names.push(name!);
    if (!selfClosing) open.push(name!);
  }
  expect(open).toEqual([]);
  expect(roots).toBe(1);
  return names;
}

const ATOM_ELEMENTS = new Set([
  'feed',
  'id',
  'title',
  'updated',
  'link',
  'author',
  'name',
  'entry',
  'published',
  'category',
  'summary',
]);

const entry = (overrides: Partial<AtomEntry> = {}): AtomEntry => ({
  id: 'tag:bridges.example,2024:publication/12/v2',
  title: 'Memorial: a timeline',
  url: 'https://bridges.example/en/texts/memorial-timeline',
  published: new Date('2024-02-16T10:00:00.123Z'),
  updated: new Date('2024-02-17T08:30:00Z'),
  summary: 'How the oldest human rights organisation in Russia was closed.',
  authors: ['vera_k'],
  categories: ['Memorial', 'Courts'],
  language: 'en',
  ...overrides,
});

const feed = (overrides: Partial<AtomFeed> = {}): AtomFeed => ({
  id: 'https://bridges.example/en/feed.atom',
  title: 'Bridges — texts in English',
  selfUrl: 'https://bridges.example/en/feed.atom',
  alternateUrl: 'https://bridges.example/en/',
  updated: new Date('2024-02-17T08:30:00Z'),
  language: 'en',
  entries: [entry()],
  ...overrides,
});

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;',
    );
  });

  it('escapes an already escaped entity again rather than trusting it', () => {
    expect(escapeXml('&amp; &#60;')).toBe('&amp;amp; &amp;#60;');
  });

  it('drops characters XML 1.0 cannot carry and keeps the rest', () => {
    expect(escapeXml('a\u0000b\u0008c\u000bd\u001fe\ufffef\ud800g')).toBe('abcdefg');
    expect(escapeXml('tab\there\nline\r\n«Мемориал» 🕊️')).toBe('tab\there\nline\r\n«Мемориал» 🕊️');
  });
});

describe('xmlDate', () => {
  it('writes UTC without milliseconds', () => {
    expect(xmlDate(new Date('2024-02-16T10:00:00.123+03:00'))).toBe('2024-02-16T07:00:00Z');
  });
});

describe('renderAtomFeed', () => {
  it('is well formed and uses only Atom elements', () => {
    const names = elements(renderAtomFeed(feed({ entries: [entry(), entry({ id: 'second' })] })));
    expect(names[0]).toBe('feed');
    expect(names.filter((n) => !ATOM_ELEMENTS.has(n))).toEqual([]);
    expect(names.filter((n) => n === 'entry')).toHaveLength(2);
  });

  it('has the elements RFC 4287 requires of a feed and of each entry', () => {
    const xml = renderAtomFeed(feed());
    expect(xml).toMatch(
      /^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="en">/,
    );
    const head = xml.slice(0, xml.indexOf('<entry'));
    expect(head).toContain('<id>https://bridges.example/en/feed.atom</id>');
    expect(head).toContain('<title>Bridges — texts in English</title>');
    expect(head).toContain('<updated>2024-02-17T08:30:00Z</updated>');
    expect(head).toContain(
      '<link rel="self" type="application/atom+xml" href="https://bridges.example/en/feed.atom"/>',
    );
    expect(head).toContain(
      '<link rel="alternate" type="text/html" href="https://bridges.example/en/"/>',
    );
    expect(head).toContain('<author><name>Bridges — texts in English</name></author>');
    const body = xml.slice(xml.indexOf('<entry'));
    expect(body).toContain('<entry xml:lang="en">');
    expect(body).toContain('<id>tag:bridges.example,2024:publication/12/v2</id>');
    expect(body).toContain(
      '<link rel="alternate" type="text/html" href="https://bridges.example/en/texts/memorial-timeline"/>',
    );
    expect(body).toContain('<published>2024-02-16T10:00:00Z</published>');
    expect(body).toContain('<updated>2024-02-17T08:30:00Z</updated>');
    expect(body).toContain('<author><name>vera_k</name></author>');
    expect(body).toContain('<category term="Courts"/>');
    expect(body).toContain('<summary type="text">How the oldest');
  });

  it('names the feed-level author when given, and leaves entry authors out when there are none', () => {
    const xml = renderAtomFeed(
      feed({ author: 'Bridges volunteers', entries: [entry({ authors: [] })] }),
    );
    expect(xml.match(/<author>/g)).toHaveLength(1);
    expect(xml).toContain('<author><name>Bridges volunteers</name></author>');
  });

  it('escapes hostile titles, summaries, names, categories and URLs', () => {
    const hostile = `<script>alert("x")</script> & 'Ложь' \u0007`;
    const xml = renderAtomFeed(
      feed({
        title: hostile,
        language: 'en"><x',
        entries: [
          entry({
            title: hostile,
            summary: `]]><![CDATA[${hostile}`,
            authors: [hostile],
            categories: [`"><script>`],
            url: 'https://bridges.example/?q="x"&a=<b>',
          }),
        ],
      }),
    );
    elements(xml);
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('\u0007');
    expect(xml).toContain(
      '<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;Ложь&apos; </title>',
    );
    expect(xml).toContain('xml:lang="en&quot;&gt;&lt;x"');
    expect(xml).toContain('href="https://bridges.example/?q=&quot;x&quot;&amp;a=&lt;b&gt;"');
    expect(xml).toContain('<category term="&quot;&gt;&lt;script&gt;"/>');
    expect(xml).toContain('<summary type="text">]]&gt;&lt;![CDATA[&lt;script&gt;');
  });

  it('keeps Cyrillic text and each entry language', () => {
    const xml = renderAtomFeed(
      feed({ language: 'ru', entries: [entry({ language: 'ru', title: 'Хроника: «Мемориал»' })] }),
    );
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">');
    expect(xml).toContain('<entry xml:lang="ru">');
    expect(xml).toContain('<title>Хроника: «Мемориал»</title>');
  });

  it('is a complete feed with no entries too', () => {
    const names = elements(renderAtomFeed(feed({ entries: [] })));
    expect(names).not.toContain('entry');
    expect(names).toContain('author');
  });
});
