import { BOTH_PAIRS, finding, listValues, type Language, type QaCheck } from './qa-check.rules.js';
import { extractNumbers, monthsNamed, type NumberMention } from './numbers.rules.js';
import { spelledNumberMentions, spelledNumbers } from './spelled-numbers.rules.js';

const keyOf = (mention: NumberMention): string => `${mention.kind}:${mention.value}`;

/**
 * Mentions with no counterpart on the other side. Sets, not counts: a translation may say
 * "that year" the second time round. A number spelled out in words, or a month named without
 * a day ("February 24" against "24 февраля"), is a counterpart too.
 */
function unmatched(
  mentions: NumberMention[],
  others: NumberMention[],
  otherText: string,
  otherLanguage: Language,
): NumberMention[] {
  const otherKeys = new Set(others.map(keyOf));
  let spelled: Set<number> | undefined;
  let months: Set<number> | undefined;
  return mentions.filter((mention) => {
    if (otherKeys.has(keyOf(mention))) return false;
    if (mention.kind === 'month') {
      months ??= monthsNamed(otherText, otherLanguage);
      return !months.has(mention.value);
    }
    spelled ??= spelledNumbers(otherText, otherLanguage);
    return !spelled.has(mention.value);
  });
}

/**
 * Numbers in digits, and those spelled out in words that surely are numbers ("три года",
 * "five years", "тысяча"): a translation may change "трёх" into "five" as well as "3" into "5".
 */
function numbersOf(text: string, language: Language): NumberMention[] {
  const spelled = spelledNumberMentions(text, language)
    .filter((mention) => mention.firm)
    .map(({ value, text: written }): NumberMention => ({ kind: 'number', value, text: written }));
  return [...extractNumbers(text, language), ...spelled];
}

export const numberMismatchCheck: QaCheck = {
  id: 'number-mismatch',
  severity: 'error',
  pairs: BOTH_PAIRS,
  run(input) {
    const source = numbersOf(input.source, input.sourceLanguage);
    const target = numbersOf(input.target, input.targetLanguage);
    const missing = unmatched(source, target, input.target, input.targetLanguage);
    const extra = unmatched(target, source, input.source, input.sourceLanguage);
    return [
      ...(missing.length > 0
        ? [finding(this, { values: listValues(missing.map((mention) => mention.text)) }, 'missing')]
        : []),
      ...(extra.length > 0
        ? [finding(this, { values: listValues(extra.map((mention) => mention.text)) }, 'extra')]
        : []),
    ];
  },
};
