/**
 * The case forms of a Russian name word, from its nominative as the name list gives it.
 * Snowball stems are too loose for names: "Навальная" and "Навального" share a stem, and so
 * do "Ходорковский" and the misspelling "Ходорковски". A name is declined by the pattern its
 * ending shows (adjectival surnames, "-ов"/"-ин" surnames and consonant first names, "-а"/"-я"
 * names, soft sign, "-й"); anything else ("Шевченко", "Черных", "Гёте") is indeclinable.
 * Words are in normal form (lower case, ё as е).
 */

interface Paradigm {
  nominative: RegExp;
  /** Letters of the nominative that the endings replace. */
  cut: number;
  endings: readonly string[];
}

const ADJECTIVAL_SOFT = ['ий', 'ого', 'ому', 'им', 'ом', 'ие', 'их', 'ими'];
const CONSONANT = [
  '',
  'а',
  'у',
  'ом',
  'ем',
  'ым',
  'им',
  'е',
  'ы',
  'и',
  'ов',
  'ев',
  'ых',
  'ам',
  'ами',
  'ах',
];

// First match wins: the specific endings before the general ones.
const PARADIGMS: readonly Paradigm[] = [
  // "Ходорковский", "Горький", "Рыжий": spelt with и after к, г, х and the hushing letters.
  { nominative: /[кгхжчшщц]ий$/u, cut: 2, endings: ADJECTIVAL_SOFT },
  { nominative: /ый$/u, cut: 2, endings: ['ый', 'ого', 'ому', 'ым', 'ом', 'ые', 'ых', 'ыми'] },
  {
    nominative: /ой$/u,
    cut: 2,
    endings: ['ой', 'ого', 'ому', 'ым', 'им', 'ом', 'ые', 'ие', 'ых', 'их', 'ыми', 'ими'],
  },
  // "Юрий", "Дмитрий", "Георгий": nouns.
  { nominative: /ий$/u, cut: 2, endings: ['ий', 'ия', 'ию', 'ием', 'ии'] },
  { nominative: /ая$/u, cut: 2, endings: ['ая', 'ой', 'ую', 'ою'] },
  { nominative: /яя$/u, cut: 2, endings: ['яя', 'ей', 'юю', 'ею'] },
  { nominative: /ия$/u, cut: 2, endings: ['ия', 'ии', 'ию', 'ией', 'иею'] },
  { nominative: /я$/u, cut: 1, endings: ['я', 'и', 'е', 'ю', 'ей', 'ею'] },
  { nominative: /а$/u, cut: 1, endings: ['а', 'ы', 'и', 'е', 'у', 'ой', 'ою', 'ей', 'ею'] },
  { nominative: /ь$/u, cut: 1, endings: ['ь', 'я', 'ю', 'ем', 'е', 'и', 'ью', 'ей'] },
  { nominative: /[аеиоуыэюя]й$/u, cut: 1, endings: ['й', 'я', 'ю', 'ем', 'е', 'и', 'ев'] },
  // Indeclinable: "-ых"/"-их" surnames, and those ending in a vowel not listed above.
  { nominative: /(?:ых|их|[еиоуэю])$/u, cut: 0, endings: [''] },
  { nominative: /[бвгджзклмнпрстфхцчшщ]$/u, cut: 0, endings: CONSONANT },
];

/** Case forms of a name word, the nominative first; a hyphenated name declines its last part. */
export function nameForms(nominative: string): readonly string[] {
  let forms = DECLINED.get(nominative);
  if (!forms) {
    forms = decline(nominative);
    if (DECLINED.size >= DECLINED_LIMIT) DECLINED.clear();
    DECLINED.set(nominative, forms);
  }
  return forms;
}

// A name list is small and QA asks about the same names for every unit.
const DECLINED = new Map<string, readonly string[]>();
const DECLINED_LIMIT = 10_000;

function decline(nominative: string): string[] {
  const paradigm = PARADIGMS.find((candidate) => candidate.nominative.test(nominative));
  if (!paradigm) return [nominative];
  const stem = nominative.slice(0, nominative.length - paradigm.cut);
  const forms = paradigm.endings.map((ending) => stem + ending);
  // "Павел" → "Павла": the vowel of "-ел" drops before an ending.
  if (/[^аеиоуыэюя]ел$/u.test(nominative)) {
    const fleeting = `${nominative.slice(0, -2)}л`;
    forms.push(...CONSONANT.filter((ending) => ending !== '').map((ending) => fleeting + ending));
  }
  return forms;
}

/**
 * Whether `word` is a case form of the listed name word `nominative`. Each part of a
 * hyphenated name is declined on its own ("Кара-Мурза" → "Кара-Мурзой").
 */
export function isNameForm(nominative: string, word: string): boolean {
  if (nominative === word) return true;
  const listedParts = nominative.split('-');
  const parts = word.split('-');
  if (listedParts.length !== parts.length) return false;
  return listedParts.every(
    (listed, index) => listed === parts[index] || nameForms(listed).includes(parts[index] ?? ''),
  );
}
