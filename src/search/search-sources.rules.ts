import MarkdownIt from 'markdown-it';
import type { DatePrecision } from '../common/partial-date.rules.js';
import type { TextLanguage } from '../config/language-pairs.rules.js';
import type { ApprovedExplainerText } from '../notes/approved-explainer-texts.js';
import type { PublishedBlock } from '../publications/publication-content.rules.js';
import { inlineToPlainText } from '../sources/source-blocks.rules.js';

export type SearchKind = 'publication' | 'explainer';

/** One text as the index holds it: what is shown in results, and the plain text to search. */
export interface SearchDocument {
  kind: SearchKind;
  /** The publication id, or the explainer id (with `language`, one entry per approved text). */
  refId: number;
  /** For publications: a new version replaces the entries of the same translation. */
  translationId: number | null;
  language: TextLanguage;
  initiativeId: number | null;
  /** YYYY-MM-DD: the original's date, or an explainer's "as of". */
  date: string | null;
  datePrecision: DatePrecision | null;
  title: string;
  url: string;
  /** Plain text, blocks separated by newlines. */
  body: string;
  tags: string[];
}

/** The parts of a publication that search reads. */
export interface PublicationSnapshot {
  id: number;
  translationId: number;
  language: TextLanguage;
  initiativeId: number;
  slug: string;
  originalDate: string | null;
  content: {
    title: string;
    blocks: Pick<PublishedBlock, 'text'>[];
    attribution: { originalDatePrecision: DatePrecision | null };
  };
}

/**
 * A publication's entry. The summary is left out: it is the first paragraphs again, and the
 * title gets its weight from its own column instead.
 */
export function publicationDocument(p: PublicationSnapshot, tags: string[]): SearchDocument {
  return {
    kind: 'publication',
    refId: p.id,
    translationId: p.translationId,
    language: p.language,
    initiativeId: p.initiativeId,
    date: p.originalDate,
    datePrecision: p.originalDate ? (p.content.attribution.originalDatePrecision ?? 'day') : null,
    title: p.content.title,
    url: `/texts/${p.slug}`,
    body: p.content.blocks.map((b) => inlineToPlainText(b.text)).join('\n'),
    tags: [...new Set(tags)],
  };
}

export function explainerDocument(e: ApprovedExplainerText): SearchDocument {
  const asOf = partialDate(e.asOf);
  return {
    kind: 'explainer',
    refId: e.explainerId,
    translationId: null,
    language: e.language,
    initiativeId: null,
    date: asOf?.date ?? null,
    datePrecision: asOf?.precision ?? null,
    title: e.title,
    url: `/explainers/${e.slug}`,
    body: [e.shortText, markdownPlainText(e.longText)].filter(Boolean).join('\n'),
    tags: [],
  };
}

const markdown = new MarkdownIt({ html: false, linkify: false });

/** The words of a Markdown text without its markup (link targets and images' addresses left out). */
export function markdownPlainText(text: string): string {
  const parts: string[] = [];
  for (const token of markdown.parse(text, {})) {
    if (token.type === 'inline') {
      parts.push(
        (token.children ?? [])
          .map((child) =>
            child.type === 'text' || child.type === 'code_inline'
              ? child.content
              : child.type === 'softbreak' || child.type === 'hardbreak'
                ? ' '
                : '',
          )
          .join(''),
      );
    } else if (token.type === 'code_block' || token.type === 'fence') {
      parts.push(token.content);
    }
  }
  return parts.filter((part) => part.trim() !== '').join('\n');
}

function partialDate(input: string | null): { date: string; precision: DatePrecision } | null {
  const match = input ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(input.trim()) : null;
  if (!match) return null;
  const [, year, month, day] = match;
  return {
    date: `${year}-${month ?? '01'}-${day ?? '01'}`,
    precision: day ? 'day' : month ? 'month' : 'year',
  };
}
