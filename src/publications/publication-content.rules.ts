import type { DatePrecision } from '../common/partial-date.rules.js';
import { inlineToPlainText } from '../sources/source-blocks.rules.js';

export type PublishedBlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote';

export interface PublishedBlock {
  kind: PublishedBlockKind;
  level: number | null;
  /** The translation, Markdown-lite inline (links and emphasis). */
  text: string;
  /** The original paragraph, for the side-by-side view. */
  original: string;
}

export interface PublishedFootnote {
  number: number;
  blockIndex: number;
  start: number;
  end: number;
  /** Sanitised HTML (links and emphasis only). */
  noteHtml: string;
}

export interface PublishedExplainer {
  explainerId: number;
  slug: string;
  title: string;
  short: string;
  /** Where the first occurrence of its glossary term is. */
  blockIndex: number;
  start: number;
  end: number;
}

export interface PublishedAttribution {
  initiative: {
    id: number;
    slug: string;
    nameOriginal: string;
    nameEn: string;
    siteUrl: string | null;
    undesirable: boolean;
    foreignAgent: boolean;
    foreignAgentLabel: string;
  };
  originalTitle: string;
  originalUrl: string | null;
  archiveUrl: string | null;
  originalDate: string | null;
  originalDatePrecision: DatePrecision | null;
  authors: string[];
  licence: string;
  licenceEvidence: string;
}

/** Everything a reader sees of a publication, frozen at publishing. */
export interface PublicationContent {
  title: string;
  originalTitle: string;
  blocks: PublishedBlock[];
  footnotes: PublishedFootnote[];
  explainers: PublishedExplainer[];
  attribution: PublishedAttribution;
  selfReviewed: boolean;
}

export interface ContentUnit {
  kind: 'title' | PublishedBlockKind;
  level: number | null;
  source: string;
  target: string;
}

/** Builds the reader's blocks from the units in text order (the title unit becomes the title). */
export function publishedBlocks(units: ContentUnit[]): {
  title: string;
  originalTitle: string;
  blocks: PublishedBlock[];
} {
  const title = units.find((u) => u.kind === 'title');
  return {
    title: title?.target.trim() ?? '',
    originalTitle: title?.source ?? '',
    blocks: units
      .filter((u): u is ContentUnit & { kind: PublishedBlockKind } => u.kind !== 'title')
      .map((u) => ({ kind: u.kind, level: u.level, text: u.target, original: u.source })),
  };
}

/** The first paragraphs as plain text, cut at a word boundary: for lists, feeds and search. */
export function summaryOf(blocks: PublishedBlock[], maxLength = 280): string {
  const text = blocks
    .filter((b) => b.kind === 'paragraph')
    .map((b) => inlineToPlainText(b.text))
    .join(' ')
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:—-]+$/u, '')}…`;
}

export type AttributionProblem =
  'original-url' | 'original-date' | 'licence' | 'licence-evidence' | 'title';

/** The publish gate's attribution part: who, what licence, where and when the original was. */
export function attributionProblems(a: PublishedAttribution, title: string): AttributionProblem[] {
  const problems: AttributionProblem[] = [];
  if (!title.trim()) problems.push('title');
  if (!a.originalUrl) problems.push('original-url');
  if (!a.originalDate) problems.push('original-date');
  if (a.licence === 'unknown') problems.push('licence');
  if (a.licence === 'permission' && !a.licenceEvidence.trim()) problems.push('licence-evidence');
  return problems;
}
