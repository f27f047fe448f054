import type { FieldError } from '../common/errors/domain-error.js';
import { normaliseText } from '../common/text/normalise.rules.js';
import type { LanguagePair, TextLanguage } from '../config/language-pairs.rules.js';

/** The languages that texts in `source` are translated into on this site, in pair order. */
export function targetLanguagesOf(
  pairs: readonly LanguagePair[],
  source: TextLanguage,
): TextLanguage[] {
  return pairs.filter((p) => p.source === source).map((p) => p.target);
}

/**
 * A term must be in a language the site translates from, and carry a rendering for every
 * language that it is translated into; a rendering for any other language would never be
 * shown, so it is refused rather than silently kept.
 */
export function termProblems(
  pairs: readonly LanguagePair[],
  sourceLanguage: TextLanguage,
  renderings: Partial<Record<string, string | undefined>>,
  forbidden: Partial<Record<string, readonly string[] | undefined>> = {},
): FieldError[] {
  const targets = targetLanguagesOf(pairs, sourceLanguage);
  if (targets.length === 0) {
    return [
      {
        field: 'sourceLanguage',
        key: 'glossary:language-not-configured',
        params: { language: sourceLanguage },
      },
    ];
  }
  const problems: FieldError[] = [];
  for (const target of targets) {
    if (!renderings[target]) {
      problems.push({
        field: `renderings.${target}`,
        key: 'glossary:rendering-required',
        params: {},
      });
    }
  }
  for (const [language, rendering] of Object.entries(renderings)) {
    if (rendering && !(targets as string[]).includes(language)) {
      problems.push({
        field: `renderings.${language}`,
        key: 'glossary:rendering-not-a-target',
        params: { language },
      });
    }
  }
  for (const [language, avoided] of Object.entries(forbidden)) {
    if (!avoided?.length) continue;
    if (!(targets as string[]).includes(language)) {
      problems.push({
        field: `forbidden.${language}`,
        key: 'glossary:rendering-not-a-target',
        params: { language },
      });
    } else if (avoided.some((text) => sameEntry(text, renderings[language] ?? ''))) {
      problems.push({
        field: `forbidden.${language}`,
        key: 'glossary:forbidden-is-rendering',
        params: {},
      });
    }
  }
  return problems;
}

/** Whether any of the texts contains the query, ignoring case, ё/е and spacing; no query matches all. */
export function matchesQuery(query: string | undefined, texts: readonly string[]): boolean {
  const needle = normaliseText(query ?? '');
  return needle === '' || texts.some((text) => normaliseText(text).includes(needle));
}

/** Two terms or names that differ only in case, ё/е or spacing are the same entry. */
export function sameEntry(a: string, b: string): boolean {
  return normaliseText(a) === normaliseText(b);
}
