import { distance } from 'fastest-levenshtein';
import iuliia from 'iuliia';
import { hasCyrillic, normaliseText, words } from '../common/text/normalise.rules.js';
import { stemWord } from '../common/text/stemmer.rules.js';
import {
  BOTH_PAIRS,
  distinctHits,
  finding,
  type NameHit,
  type QaCheck,
  type QaInput,
} from './qa-check.rules.js';

// The schemes a translator is likely to have met: passports, news agencies, libraries, maps.
const SCHEMES = [
  iuliia.WIKIPEDIA,
  iuliia.BGN_PCGN,
  iuliia.ICAO_DOC_9303,
  iuliia.GOST_7034,
  iuliia.MOSMETRO,
  iuliia.YANDEX_MAPS,
  iuliia.SCIENTIFIC,
  iuliia.ALA_LC,
  iuliia.TELEGRAM,
  iuliia.MVD_782,
];

/** Words of a name or text, without the English possessive ("Navalny's"). */
function nameWords(text: string): string[] {
  return words(text).map((word) => word.replace(/['’]s$/u, ''));
}

// Russian inflects names ("Навального"), English does not.
function sameWord(formWord: string, textWord: string): boolean {
  return hasCyrillic(formWord) ? stemWord(formWord) === stemWord(textWord) : formWord === textWord;
}

function containsForm(textWords: string[], form: string[]): boolean {
  for (let start = 0; start + form.length <= textWords.length; start += 1) {
    if (form.every((word, offset) => sameWord(word, textWords[start + offset] ?? ''))) return true;
  }
  return false;
}

/**
 * The usual short forms of a name: the surname alone ("Putin" for "Vladimir Putin"), also as
 * the Russian "Путин В. В.", and first name and surname without the patronymic. The surname
 * is the last word of a form in the name list.
 */
function shortForms(form: string[]): string[][] {
  if (form.length < 2) return [];
  const surname = form[form.length - 1]!;
  return form.length > 2 ? [[surname], [form[0]!, surname]] : [[surname]];
}

function rendered(input: QaInput, sourceForms: string[][], targetForms: string[][]): boolean {
  const targetWords = nameWords(input.target);
  if (targetForms.some((form) => containsForm(targetWords, form))) return true;
  // A second mention gives the first name only: require just the words the source has.
  const sourceWords = nameWords(input.source);
  return sourceForms.some((sourceForm) =>
    targetForms.some((targetForm) => {
      if (sourceForm.length !== targetForm.length) return false;
      const present = sourceForm.flatMap((word, index) =>
        sourceWords.some((candidate) => sameWord(word, candidate)) ? [index] : [],
      );
      return (
        present.length > 0 &&
        present.every((index) =>
          targetWords.some((candidate) => sameWord(targetForm[index] ?? '', candidate)),
        )
      );
    }),
  );
}

function renderedShort(input: QaInput, targetForms: string[][]): boolean {
  const targetWords = nameWords(input.target);
  return targetForms.flatMap(shortForms).some((form) => containsForm(targetWords, form));
}

const WORD_AS_WRITTEN = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;

/** A word of the target that looks like another rendering of the name ("Navalnyi", "Alexey"). */
function otherRendering(hit: NameHit, input: QaInput, targetForms: string[][]): string | undefined {
  const accepted = new Set(targetForms.flat());
  const transliterated =
    input.targetLanguage === 'en'
      ? SCHEMES.flatMap((scheme) => nameWords(iuliia.translate(hit.name, scheme)))
      : [];
  const expected = [...accepted, ...transliterated];
  const comparable = (word: string): string => (hasCyrillic(word) ? stemWord(word) : word);
  for (const written of input.target.match(WORD_AS_WRITTEN) ?? []) {
    const word = normaliseText(written).replace(/['’]s$/u, '');
    if (accepted.has(word) || written[0] === written[0]?.toLowerCase()) continue;
    if (hasCyrillic(word) !== (input.targetLanguage === 'ru')) continue;
    if (transliterated.includes(word)) return written;
    const close = expected.some((candidate) => {
      const [a, b] = [comparable(word), comparable(candidate)];
      return (
        b.length >= 4 &&
        a[0] === b[0] &&
        a !== b &&
        distance(a, b) <= Math.max(1, Math.floor(b.length / 4))
      );
    });
    if (close) return written;
  }
  return undefined;
}

/** Names as in the name list, which wins over any transliteration scheme. */
export const nameSpellingCheck: QaCheck = {
  id: 'name-spelling',
  severity: 'warning',
  pairs: BOTH_PAIRS,
  run(input) {
    const targetIsCyrillic = input.targetLanguage === 'ru';
    return distinctHits(input.names).flatMap((hit) => {
      const forms = [hit.spelling, hit.name, ...hit.variants].filter((form) => form.trim() !== '');
      const targetForms = forms
        .filter((form) => hasCyrillic(form) === targetIsCyrillic)
        .map(nameWords);
      const sourceForms = forms
        .filter((form) => hasCyrillic(form) !== targetIsCyrillic)
        .map(nameWords);
      if (targetForms.length === 0 || rendered(input, sourceForms, targetForms)) return [];
      const spelling = forms.find((form) => hasCyrillic(form) === targetIsCyrillic) ?? hit.spelling;
      // "Alexey Navalny" has the surname right and the first name wrong.
      const found = otherRendering(hit, input, targetForms);
      if (found) return [finding(this, { name: hit.name, spelling, found }, 'other')];
      return renderedShort(input, targetForms)
        ? []
        : [finding(this, { name: hit.name, spelling }, 'missing')];
    });
  },
};
