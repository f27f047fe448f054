/*
 * Atom 1.0 (RFC 4287) for readers' feed readers. Written by hand because the format is small
 * and every value passes through one escaping function.
 */

export interface AtomFeed {
  id: string;
  title: string;
  selfUrl: string;
  alternateUrl: string;
  updated: Date;
  language: string;
  entries: AtomEntry[];
  /** The feed-level author, which RFC 4287 needs when an entry names none; the title if absent. */
  author?: string;
}

export interface AtomEntry {
  id: string;
  title: string;
  url: string;
  published: Date;
  updated: Date;
  summary: string;
  authors: string[];
  categories: string[];
  language: string;
}

/** Characters XML 1.0 cannot carry at all, even escaped (controls, lone surrogates, U+FFFE/F). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe both as element content and inside a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

/** RFC 3339 in UTC without milliseconds, the form feed and sitemap validators expect. */
export function xmlDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function renderAtomFeed(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${xmlDate(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`,
    `  <author><name>${escapeXml(feed.author ?? feed.title)}</name></author>`,
    ...feed.entries.flatMap(renderEntry),
    '</feed>',
  ];
  return lines.join('\n') + '\n';
}

function renderEntry(entry: AtomEntry): string[] {
  return [
    `  <entry xml:lang="${escapeXml(entry.language)}">`,
    `    <id>${escapeXml(entry.id)}</id>`,
    `    <title>${escapeXml(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
    `    <published>${xmlDate(entry.published)}</published>`,
    `    <updated>${xmlDate(entry.updated)}</updated>`,
    ...entry.authors.map((name) => `    <author><name>${escapeXml(name)}</name></author>`),
    ...entry.categories.map((term) => `    <category term="${escapeXml(term)}"/>`),
    `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
    '  </entry>',
  ];
}
