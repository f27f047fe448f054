export type TextLanguage = 'ru' | 'en';
export const TEXT_LANGUAGES: readonly TextLanguage[] = ['ru', 'en'];

export interface LanguagePair {
  readonly source: TextLanguage;
  readonly target: TextLanguage;
}

/** "ru>en": how a pair is named in config, user records, forms, QA checks and memory indexes. */
export type PairKey = `${TextLanguage}>${TextLanguage}`;

export function pairKey(pair: LanguagePair): PairKey {
  return `${pair.source}>${pair.target}`;
}

export function isTextLanguage(value: unknown): value is TextLanguage {
  return typeof value === 'string' && (TEXT_LANGUAGES as readonly string[]).includes(value);
}

export type ParsedPairs = { ok: true; pairs: LanguagePair[] } | { ok: false; problem: string };

/** Parses "ru>en,en>ru"; the same syntax is used for a user's pairs in forms and the CLI. */
export function parseLanguagePairs(text: string): ParsedPairs {
  const pairs: LanguagePair[] = [];
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([a-z]{2})\s*>\s*([a-z]{2})$/.exec(part);
    if (!match) return { ok: false, problem: `"${part}" is not of the form ru>en` };
    const [, source, target] = match;
    if (!isTextLanguage(source) || !isTextLanguage(target)) {
      return { ok: false, problem: `"${part}" uses a language other than ru or en` };
    }
    if (source === target)
      return { ok: false, problem: `"${part}" translates a language into itself` };
    if (!pairs.some((p) => p.source === source && p.target === target))
      pairs.push({ source, target });
  }
  return { ok: true, pairs };
}
