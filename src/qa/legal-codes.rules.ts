import type { Language } from './qa-check.rules.js';

export type LegalCode =
  'criminal' | 'administrative' | 'criminalProcedure' | 'civil' | 'constitution';

const RF_RU = String.raw`(?:\s+(?:РФ|России|Российской\s+Федерации)(?![\p{L}]))?`;
const RF_EN = String.raw`(?:\s+of\s+(?:the\s+Russian\s+Federation|Russia)(?![\p{L}]))?`;
const abbreviation = (letters: string): string => String.raw`${letters}(?:\s*РФ)?(?![\p{L}])`;

/**
 * How each code is written. The order matters where one name contains another: the criminal
 * procedure code is tried before the criminal code.
 */
const CODE_PATTERNS: Record<Language, Array<[LegalCode, string]>> = {
  ru: [
    [
      'criminalProcedure',
      `${abbreviation('УПК')}|Уголовно-процессуальн\\p{L}*\\s+кодекс\\p{L}*${RF_RU}`,
    ],
    ['criminal', `${abbreviation('УК')}|Уголовн\\p{L}*\\s+кодекс\\p{L}*${RF_RU}`],
    [
      'administrative',
      `${abbreviation('КоАП')}|Кодекс\\p{L}*\\s+(?:РФ\\s+)?об\\s+административных\\s+правонарушениях${RF_RU}|Административн\\p{L}*\\s+кодекс\\p{L}*${RF_RU}`,
    ],
    ['civil', `${abbreviation('ГК')}|Гражданск\\p{L}*\\s+кодекс\\p{L}*${RF_RU}`],
    ['constitution', `Конституци(?:я|и|ю|ей|е)(?![\\p{L}])${RF_RU}`],
  ],
  en: [
    [
      'criminalProcedure',
      `(?:Code\\s+of\\s+Criminal\\s+Procedure|Criminal\\s+Procedure\\s+Code)${RF_EN}`,
    ],
    ['criminal', `Criminal\\s+Code${RF_EN}`],
    [
      'administrative',
      `(?:Code\\s+of\\s+Administrative\\s+Offen[cs]es|Administrative\\s+(?:Offen[cs]es\\s+)?Code)${RF_EN}`,
    ],
    ['civil', `Civil\\s+Code${RF_EN}`],
    ['constitution', `Constitution(?![\\p{L}])${RF_EN}`],
  ],
};

/** One alternation matching any code name of a language, for embedding in reference patterns. */
export function codePattern(language: Language): string {
  return CODE_PATTERNS[language].map(([, pattern]) => `(?:${pattern})`).join('|');
}

const WHOLE: Record<Language, Array<[LegalCode, RegExp]>> = {
  ru: CODE_PATTERNS.ru.map(([code, pattern]) => [code, new RegExp(`^(?:${pattern})$`, 'iu')]),
  en: CODE_PATTERNS.en.map(([code, pattern]) => [code, new RegExp(`^(?:${pattern})$`, 'iu')]),
};

/** Which code a matched code name stands for. */
export function identifyCode(name: string, language: Language): LegalCode | undefined {
  const trimmed = name.trim();
  return WHOLE[language].find(([, pattern]) => pattern.test(trimmed))?.[0];
}

/** Whether the text names the code anywhere, in any accepted form. */
export function namesCode(text: string, code: LegalCode, language: Language): boolean {
  const pattern = CODE_PATTERNS[language].find(([candidate]) => candidate === code)?.[1];
  return pattern !== undefined && new RegExp(`(?<![\\p{L}])(?:${pattern})`, 'iu').test(text);
}

/** The name used when suggesting a rendering: the full English name, the usual Russian abbreviation. */
export const CODE_NAMES: Record<Language, Record<LegalCode, string>> = {
  en: {
    criminal: 'Criminal Code',
    administrative: 'Code of Administrative Offences',
    criminalProcedure: 'Code of Criminal Procedure',
    civil: 'Civil Code',
    constitution: 'Constitution',
  },
  ru: {
    criminal: 'УК РФ',
    administrative: 'КоАП РФ',
    criminalProcedure: 'УПК РФ',
    civil: 'ГК РФ',
    constitution: 'Конституции РФ',
  },
};
