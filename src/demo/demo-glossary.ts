import type { GlossaryTermDto } from '../glossary/glossary.dto.js';
import type { PersonDto } from '../glossary/person.dto.js';

// The demo's glossary and name list: what the seed's texts need rendered alike every time.

/** Glossary terms that the demo texts use, with the renderings common in English-language press. */
export const DEMO_GLOSSARY: GlossaryTermDto[] = [
  {
    sourceLanguage: 'ru',
    term: 'иностранный агент',
    forms: ['иноагент'],
    note: 'A status under Russian law; those designated must mark their publications with a label.',
    renderings: { en: 'foreign agent' },
  },
  {
    sourceLanguage: 'ru',
    term: 'нежелательная организация',
    forms: [],
    note: 'Taking part in the work of such an organisation is prosecuted in Russia.',
    renderings: { en: 'undesirable organisation' },
  },
  {
    sourceLanguage: 'ru',
    term: 'Мемориал',
    forms: [],
    note: 'Ordered liquidated by the Supreme Court of Russia on 28 December 2021.',
    renderings: { en: 'Memorial' },
  },
  {
    sourceLanguage: 'ru',
    term: 'Верховный суд',
    forms: [],
    note: '',
    renderings: { en: 'Supreme Court' },
  },
  {
    sourceLanguage: 'ru',
    term: 'прокуратура',
    forms: [],
    note: '',
    renderings: { en: "prosecutor's office" },
  },
  {
    sourceLanguage: 'ru',
    term: 'Эхо Москвы',
    forms: ['Эха Москвы', 'Эху Москвы', 'Эхом Москвы', 'Эхе Москвы'],
    note: 'Independent radio station, closed right after the war started.',
    renderings: { en: 'Echo of Moscow' },
  },
  {
    sourceLanguage: 'ru',
    term: 'СМИ',
    forms: [],
    note: 'Mass media: newspapers, broadcasters and news sites.',
    renderings: { en: 'media' },
  },
  {
    sourceLanguage: 'en',
    term: 'foreign agent',
    forms: [],
    note: '',
    renderings: { ru: 'иностранный агент' },
  },
];

/** The name list of the demo: the spellings used by English-language press. */
export const DEMO_NAMES: PersonDto[] = [
  {
    cyrillic: 'Алексей Навальный',
    spelling: 'Alexei Navalny',
    variants: ['Aleksei Navalny', 'Aleksey Navalny'],
    note: '',
  },
  { cyrillic: 'Юлия Навальная', spelling: 'Yulia Navalnaya', variants: [], note: '' },
  { cyrillic: 'Михаил Ходорковский', spelling: 'Mikhail Khodorkovsky', variants: [], note: '' },
  { cyrillic: 'Владимир Путин', spelling: 'Vladimir Putin', variants: [], note: '' },
];
