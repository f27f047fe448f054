import { BOTH_PAIRS, finding, listValues, type QaCheck } from './qa-check.rules.js';

export interface UrlMention {
  url: string;
  start: number;
  end: number;
}

const URL = /(?:https?:\/\/|(?<![\p{L}\d@.])www\.)[^\s<>«»"“”„]+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?…'’]+$/u;

// A closing bracket belongs to the URL only when the URL opened one (Wikipedia links do).
function trimUrl(candidate: string): string {
  let url = candidate.replace(TRAILING_PUNCTUATION, '');
  while (url.endsWith(')') && (url.match(/\(/g) ?? []).length < (url.match(/\)/g) ?? []).length) {
    url = url.slice(0, -1).replace(TRAILING_PUNCTUATION, '');
  }
  return url;
}

/** URLs in a text, without the punctuation of the sentence around them. */
export function findUrls(text: string): UrlMention[] {
  return [...text.matchAll(URL)].map((match) => {
    const url = trimUrl(match[0]);
    return { url, start: match.index, end: match.index + url.length };
  });
}

// Scheme, host case and a trailing slash do not make a different link.
function urlKey(url: string): string {
  const withoutScheme = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  const slash = withoutScheme.indexOf('/');
  const host = (slash < 0 ? withoutScheme : withoutScheme.slice(0, slash)).toLowerCase();
  const path = slash < 0 ? '' : withoutScheme.slice(slash).replace(/\/+$/, '');
  return host + path;
}

export const urlMismatchCheck: QaCheck = {
  id: 'url-mismatch',
  severity: 'error',
  pairs: BOTH_PAIRS,
  run(input) {
    const source = findUrls(input.source);
    const target = findUrls(input.target);
    const sourceKeys = new Set(source.map((mention) => urlKey(mention.url)));
    const targetKeys = new Set(target.map((mention) => urlKey(mention.url)));
    const missing = source.filter((mention) => !targetKeys.has(urlKey(mention.url)));
    const extra = target.filter((mention) => !sourceKeys.has(urlKey(mention.url)));
    return [
      ...(missing.length > 0
        ? [finding(this, { urls: listValues(missing.map((mention) => mention.url)) }, 'missing')]
        : []),
      ...(extra.length > 0
        ? [finding(this, { urls: listValues(extra.map((mention) => mention.url)) }, 'extra')]
        : []),
    ];
  },
};
