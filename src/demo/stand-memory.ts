import { splitParagraphs, splitSentences } from '../segments/segmenter.rules.js';
import { inlineToPlainText } from '../sources/source-blocks.rules.js';

interface MemoryPair {
  ru: string;
  en: string;
}

/**
 * The statement of stand exists in both languages paragraph by paragraph, so its sentences are
 * ready-made memory pairs: wherever a paragraph has as many sentences in one language as in the
 * other, they are paired in order; elsewhere the pairing would be a guess, and is left out.
 */
export function standMemoryPairs(stand: { ru: string; en: string }): MemoryPair[] {
  const ru = splitParagraphs(stand.ru);
  const en = splitParagraphs(stand.en);
  if (ru.length !== en.length) return [];
  const pairs: MemoryPair[] = [];
  ru.forEach((paragraph, i) => {
    const ruSentences = splitSentences('ru', inlineToPlainText(paragraph.replace(/^#+\s*/, '')));
    const enSentences = splitSentences('en', inlineToPlainText(en[i]!.replace(/^#+\s*/, '')));
    if (ruSentences.length !== enSentences.length) return;
    ruSentences.forEach((sentence, j) => pairs.push({ ru: sentence, en: enSentences[j]! }));
  });
  return pairs;
}
