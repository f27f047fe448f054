/** The closed lists a source text is described with. */

export const SOURCE_KINDS = ['news', 'statement', 'timeline', 'explainer', 'law'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A short SPDX list, plus explicit permission (with evidence) and "unknown". */
export const LICENCES = [
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'CC-BY-NC-4.0',
  'CC-BY-NC-SA-4.0',
  'CC-BY-ND-4.0',
  'CC-BY-NC-ND-4.0',
  'CC0-1.0',
  'permission',
  'unknown',
] as const;
export type Licence = (typeof LICENCES)[number];

export const LICENCE_URLS: Partial<Record<Licence, string>> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC-BY-NC-4.0': 'https://creativecommons.org/licenses/by-nc/4.0/',
  'CC-BY-NC-SA-4.0': 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
  'CC-BY-ND-4.0': 'https://creativecommons.org/licenses/by-nd/4.0/',
  'CC-BY-NC-ND-4.0': 'https://creativecommons.org/licenses/by-nc-nd/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
};

/** The codes QA recognises in texts (`qa/legal-codes.rules.ts`): УК, КоАП, УПК, ГК, Конституция. */
export const LEGAL_CODES = [
  'criminal',
  'administrative',
  'criminalProcedure',
  'civil',
  'constitution',
] as const;
export type LegalCode = (typeof LEGAL_CODES)[number];

/** A legal reference a text is about, e.g. Part 1 of Article 280.3 of the Criminal Code. */
export interface LegalReference {
  code: LegalCode;
  article: string;
  part?: string | undefined;
}
