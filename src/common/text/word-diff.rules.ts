import { diffWords as jsdiffWords } from 'diff';

export interface DiffPart {
  value: string;
  kind: 'same' | 'added' | 'removed';
}

// jsdiff's own tokeniser only knows Latin letters and would diff Cyrillic letter by letter;
// a word segmenter per language gives reviewers whole changed words. Segmenters are
// stateless, so one per language is enough.
const segmenters = new Map<'ru' | 'en', Intl.Segmenter>();

function segmenterFor(language: 'ru' | 'en'): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/**
 * Word-level diff of two versions of a text. Joining the `same` and `removed` parts gives
 * `before`; joining the `same` and `added` parts gives `after`.
 */
export function diffWords(before: string, after: string, language: 'ru' | 'en'): DiffPart[] {
  const changes = jsdiffWords(before, after, { intlSegmenter: segmenterFor(language) });
  const parts: DiffPart[] = [];
  for (const change of changes) {
    if (change.value === '') continue;
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts.at(-1);
    if (last?.kind === kind) last.value += change.value;
    else parts.push({ value: change.value, kind });
  }
  return parts;
}
