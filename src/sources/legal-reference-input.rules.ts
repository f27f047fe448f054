import { findLegalReferences, formatLegalReference } from '../qa/legal-references.rules.js';
import type { LegalReference } from './source-vocabulary.js';

export type ParsedReferences =
  { ok: true; references: LegalReference[] } | { ok: false; line: string };

/**
 * The form's "legal references" box: one reference per line, written as people write them —
 * "ч. 1 ст. 280.3 УК", "ст. 20.3.3 КоАП РФ", "Part 1 of Article 207.3 of the Criminal Code".
 * A line that names no code or no article is refused rather than guessed.
 */
export function parseLegalReferenceLines(text: string): ParsedReferences {
  const references: LegalReference[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const found = [...findLegalReferences(line, 'ru'), ...findLegalReferences(line, 'en')].filter(
      (r) => r.code,
    );
    if (found.length === 0) return { ok: false, line };
    for (const ref of found) {
      const reference: LegalReference = {
        code: ref.code!,
        article: ref.article,
        ...(ref.part ? { part: ref.part } : {}),
      };
      if (
        !references.some(
          (r) =>
            r.code === reference.code &&
            r.article === reference.article &&
            r.part === reference.part,
        )
      ) {
        references.push(reference);
      }
    }
  }
  return { ok: true, references };
}

/** The form's box filled back from stored references (Russian form, as editors type it). */
export function legalReferenceLines(references: LegalReference[]): string {
  return references.map((r) => formatLegalReference(r, 'ru')).join('\n');
}

export function describeLegalReference(reference: LegalReference, language: 'ru' | 'en'): string {
  return formatLegalReference(reference, language);
}
