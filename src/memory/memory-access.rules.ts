import { pairKey, type TextLanguage } from '../config/language-pairs.rules.js';

/** Fewer than this and one common word would list a large part of the memory. */
export const MIN_QUALITY_FLOOR = 50;
export const MAX_MATCHES = 10;

export interface MemoryViewer {
  readonly languagePairs: readonly string[];
}

/**
 * Memory entries are shown only to people who work in that language pair: the memory holds
 * contributors' wording sentence by sentence, and nobody outside the pair needs it.
 */
export function mayReadMemory(
  viewer: MemoryViewer,
  source: TextLanguage,
  target: TextLanguage,
): boolean {
  return viewer.languagePairs.includes(pairKey({ source, target }));
}

/** Whatever a caller asks for, a search returns at most MAX_MATCHES above the floor. */
export function boundedSearch(options: { limit?: number; minQuality?: number }): {
  limit: number;
  minQuality: number;
} {
  return {
    limit: Math.min(MAX_MATCHES, Math.max(1, options.limit ?? 5)),
    minQuality: Math.max(MIN_QUALITY_FLOOR, options.minQuality ?? MIN_QUALITY_FLOOR),
  };
}
