// The paragraph being generated for the translation-memory benchmark (see tm-corpus.ts)
// and the small helpers its sentences share.
import iuliia from 'iuliia';
import {
  between,
  CITIES,
  DISTRICTS,
  MONTHS_EN,
  MONTHS_RU,
  ORGS,
  pick,
  randomPerson,
  type Person,
  type Random,
} from './tm-vocabulary.js';

/** What one paragraph is about: its sentences share it, as in real news. */
export interface Story {
  random: Random;
  person: Person;
  city: (typeof CITIES)[number];
  court: { nom: string; en: string };
  day: number;
  month: number;
  year: number;
}

/** A Russian sentence and its English translation. */
export type Pair = [string, string];
export type Sentence = (s: Story) => Pair;

export function newStory(random: Random): Story {
  const city = pick(random, CITIES);
  const district = pick(random, DISTRICTS);
  return {
    random,
    person: randomPerson(random),
    city,
    court: {
      nom: `${district} районный суд ${city.gen}`,
      en: `${iuliia.translate(district, iuliia.WIKIPEDIA)} District Court of ${city.en}`,
    },
    day: between(random, 1, 28),
    month: between(random, 0, 11),
    year: between(random, 2022, 2025),
  };
}

export const one = (s: Story, ...options: Pair[]): Pair => pick(s.random, options);
export const he = (s: Story, male: string, female: string) => (s.person.female ? female : male);
export const digits = (n: number, separator: string) =>
  String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
export const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);
export const dateRu = (s: Story) => `${s.day} ${MONTHS_RU[s.month]} ${s.year} года`;
export const dateEn = (s: Story) => `${s.day} ${MONTHS_EN[s.month]} ${s.year}`;

/** The Russian noun form for a count: one (1, 21), few (2–4, 22–24) or many. */
export function plural(n: number, one: string, few: string, many: string): string {
  if (n % 10 === 1 && n % 100 !== 11) return one;
  return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? few : many;
}

export function yearsRu(n: number, dative: boolean): string {
  return dative ? plural(n, 'году', 'годам', 'годам') : plural(n, 'год', 'года', 'лет');
}

/** An optional tail that says where the news comes from. */
export function attribution(s: Story): Pair {
  const [nom, , , en] = pick(s.random, ORGS);
  return one(
    s,
    ['', ''],
    ['', ''],
    [`, сообщает ${nom}`, `, ${en} reports`],
    [`, передаёт корреспондент из ${s.city.gen}`, `, a correspondent in ${s.city.en} reports`],
  );
}
