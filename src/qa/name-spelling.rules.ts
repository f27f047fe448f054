import { distance } from 'fastest-levenshtein';
import iuliia from 'iuliia';
import { hasCyrillic, normaliseText, words } from '../common/text/normalise.rules.js';
import { stemWord } from '../common/text/stemmer.rules.js';
import type { NameHit } from '../glossary/name-hints.rules.js';
import { isNameForm, nameForms } from '../glossary/russian-name-forms.rules.js';
import { BOTH_PAIRS, distinctHits, finding, type QaCheck, type QaInput } from './qa-check.rules.js';

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

// Russian declines names ("Навального"), English does not.
function sameWord(formWord: string, textWord: string): boolean {
  return hasCyrillic(formWord) ? isNameForm(formWord, textWord) : formWord === textWord;
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

const withinTypo = (a: string, b: string): boolean =>
  distance(a, b) <= Math.max(1, Math.floor(b.length / 4));

/** Whether a word looks like a misspelling of a name word: near its stem or a case form. */
function nearName(word: string, nameWord: string): boolean {
  if (nameWord.length < 4 || word[0] !== nameWord[0]) return false;
  if (!hasCyrillic(nameWord)) return withinTypo(word, nameWord);
  const [stem, nameStem] = [stemWord(word), stemWord(nameWord)];
  // "Навални" is near the stem of "Навальный", "Навальнайа" near the form "Навальная".
  return (
    (stem !== nameStem && withinTypo(stem, nameStem)) ||
    nameForms(nameWord).some((form) => withinTypo(word, form))
  );
}

/**
 * A word of the target that looks like another rendering of the name ("Navalnyi", "Alexey"),
 * and is no form of another name of the source ("Вдова Навального Юлия Навальнайа").
 */
function otherRendering(
  hit: NameHit,
  input: QaInput,
  targetForms: string[][],
  otherNames: string[],
): string | undefined {
  const accepted = [...targetForms.flat(), ...otherNames];
  const transliterated =
    input.targetLanguage === 'en'
      ? SCHEMES.flatMap((scheme) => nameWords(iuliia.translate(hit.name, scheme)))
      : [];
  const expected = [...targetForms.flat(), ...transliterated];
  for (const written of input.target.match(WORD_AS_WRITTEN) ?? []) {
    const word = normaliseText(written).replace(/['’]s$/u, '');
    if (written[0] === written[0]?.toLowerCase()) continue;
    if (accepted.some((form) => sameWord(form, word))) continue;
    if (hasCyrillic(word) !== (input.targetLanguage === 'ru')) continue;
    if (transliterated.includes(word)) return written;
    const close = expected.some((candidate) => nearName(word, candidate));
    if (close) return written;
  }
  return undefined;
}

/** A word of the name kept in Latin letters in a Russian target ("Putin может…"). */
function leftInLatin(input: QaInput, sourceForms: string[][]): string | undefined {
  const latinWords = new Set(sourceForms.flat());
  return (input.target.match(WORD_AS_WRITTEN) ?? []).find((written) => {
    const word = normaliseText(written).replace(/['’]s$/u, '');
    return written[0] !== written[0]?.toLowerCase() && latinWords.has(word);
  });
}

/** Names as in the name list, which wins over any transliteration scheme. */
export const nameSpellingCheck: QaCheck = {
  id: 'name-spelling',
  severity: 'warning',
  pairs: BOTH_PAIRS,
  run(input) {
    const targetIsCyrillic = input.targetLanguage === 'ru';
    const hits = distinctHits(input.names).map((hit) => {
      const forms = [hit.spelling, hit.name, ...hit.variants].filter((form) => form.trim() !== '');
      const inScript = (cyrillic: boolean) =>
        forms.filter((form) => hasCyrillic(form) === cyrillic).map(nameWords);
      return {
        hit,
        forms,
        targetForms: inScript(targetIsCyrillic),
        sourceForms: inScript(!targetIsCyrillic),
      };
    });
    return hits.flatMap(({ hit, forms, targetForms, sourceForms }) => {
      if (targetForms.length === 0 || rendered(input, sourceForms, targetForms)) return [];
      const otherNames = hits.flatMap((other) =>
        other.hit === hit ? [] : other.targetForms.flat(),
      );
      const spelling = forms.find((form) => hasCyrillic(form) === targetIsCyrillic) ?? hit.spelling;
      // "Alexey Navalny" has the surname right and the first name wrong.
      const found = otherRendering(hit, input, targetForms, otherNames);
      if (found) return [finding(this, { name: hit.name, spelling, found }, 'other')];
      if (renderedShort(input, targetForms)) return [];
      const latin = targetIsCyrillic ? leftInLatin(input, sourceForms) : undefined;
      if (latin) return [finding(this, { name: hit.name, spelling, found: latin }, 'latin')];
      return [finding(this, { name: hit.name, spelling }, 'missing')];
    });
  },
};
