/**
 * The abbreviations after which Intl.Segmenter wrongly ends a sentence, per language: data
 * for the segmenter's rejoin rules, kept apart so that it can grow without the rules.
 */

export type TextLanguage = 'ru' | 'en';

export interface AbbreviationTable {
  /** What they qualify always follows ("ст. 280.3", "г. Москве", "Mr. Smith"), so they never end a sentence. */
  readonly neverEnd: readonly string[];
  /** They end a sentence only when a capitalised word follows ("в 2020–2022 гг. Новый закон", "etc. The"). */
  readonly endBeforeCapital: readonly string[];
}

/**
 * Forms are matched case-insensitively (a sentence may start with "Ст."), the longest first,
 * and a space inside a form may be missing in the text ("т.е." as well as "т. е.").
 * Whatever the table says, an abbreviation followed by a lowercase word or a digit never
 * ends a sentence; and a `neverEnd` form right after a number is read as a unit that may
 * end one: "в 2022 г." is a year, "5 см." centimetres, "в 15 ч." an hour.
 */
// prettier-ignore
export const ABBREVIATIONS: Readonly<Record<TextLanguage, AbbreviationTable>> = {
  ru: {
    neverEnd: [
      'г.', 'ст.', 'ч.', 'п.', 'пп.', 'ул.', 'д.', 'пр.', 'просп.', 'пер.', 'пл.', 'кв.',
      'им.', 'см.', 'напр.', 'ок.', 'гр.', 'акад.', 'проф.', 'св.', 'с.', 'стр.', 'рис.', 'табл.',
      'т. е.', 'т. н.', 'т. к.', 'т. ч.',
    ],
    endBeforeCapital: [
      'гг.', 'вв.', 'тыс.', 'млн.', 'млрд.', 'трлн.', 'руб.', 'коп.', 'долл.', 'чел.', 'обл.',
      'др.', 'и пр.', 'т. д.', 'т. п.',
    ],
  },
  en: {
    neverEnd: [
      'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'St.', 'Mt.', 'Gen.', 'Col.', 'Lt.', 'Sgt.',
      'Gov.', 'Sen.', 'Rep.', 'Rev.', 'Hon.', 'Pres.', 'vs.', 'cf.', 'e.g.', 'i.e.',
      // In news copy these are mostly adjectives ("U.S. sanctions"), rarely the last word.
      'U.S.', 'U.K.', 'U.N.',
    ],
    endBeforeCapital: [
      'No.', 'Nos.', 'Art.', 'Sec.', 'p.', 'pp.', 'Fig.', 'Figs.', 'etc.', 'approx.', 'Jr.', 'Sr.', 'Inc.',
      'Ltd.', 'Co.', 'Corp.',
      'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
    ],
  },
};
