import { TEXT_LANGUAGES, type TextLanguage } from '../config/language-pairs.rules.js';
import type { ExplainerVersion, PublishedSource } from './explainer-version.entity.js';

export type ExplainerSourceRecord = PublishedSource;

export interface ExplainerText {
  title: string;
  shortText: string;
  longText: string;
  /** As typed: "2024-11-01", "2024-11" or "2024". */
  asOf: string | null;
  sources: ExplainerSourceRecord[];
}

/** The approved text readers see, frozen at approval. */
export interface PublishedText extends ExplainerText {
  publishedAt: Date;
  selfApproved: boolean;
}

export function sortByLanguage<T extends { language: TextLanguage }>(versions: T[]): T[] {
  return [...versions].sort(
    (a, b) => TEXT_LANGUAGES.indexOf(a.language) - TEXT_LANGUAGES.indexOf(b.language),
  );
}

export function publishedText(v: ExplainerVersion): PublishedText | null {
  if (!v.publishedAt) return null;
  return {
    title: v.publishedTitle ?? '',
    shortText: v.publishedShort ?? '',
    longText: v.publishedLong ?? '',
    asOf: v.publishedAsOf,
    sources: v.publishedSources ?? [],
    publishedAt: v.publishedAt,
    selfApproved: v.selfApproved,
  };
}
