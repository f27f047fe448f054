// Deterministic generator of Russian news paragraphs with their English translations, for
// the translation-memory benchmark. Each sentence kind has several phrasings and draws its
// people, places, dates, articles and numbers afresh, so that two paragraphs share phrases,
// as real news does, without being near-duplicates.
import { CONTEXT_SENTENCES } from './tm-context-sentences.js';
import { COURT_SENTENCES } from './tm-court-sentences.js';
import { newStory } from './tm-story.js';
import { between, type Random } from './tm-vocabulary.js';

export { seededRandom } from './tm-vocabulary.js';

const SENTENCES = [...COURT_SENTENCES, ...CONTEXT_SENTENCES];

/**
 * One paragraph and its translation: of about `length` characters (Russian) when asked,
 * otherwise of one to eight sentences.
 */
export function paragraph(random: Random, length?: number): { source: string; target: string } {
  const story = newStory(random);
  const sentences = length === undefined ? between(random, 1, 8) : SENTENCES.length;
  const used = new Set<number>();
  const source: string[] = [];
  const target: string[] = [];
  let size = 0;
  while (source.length < sentences && (length === undefined || size < length - 60)) {
    let which = Math.floor(random() * SENTENCES.length);
    while (used.has(which)) which = (which + 1) % SENTENCES.length;
    used.add(which);
    const [ru, en] = SENTENCES[which]!(story);
    source.push(ru);
    target.push(en);
    size += ru.length + 1;
  }
  return { source: source.join(' '), target: target.join(' ') };
}
