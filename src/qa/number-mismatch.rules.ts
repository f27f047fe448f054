import { BOTH_PAIRS, finding, listValues, type Language, type QaCheck } from './qa-check.rules.js';
import { extractNumbers, monthsNamed, type NumberMention } from './numbers.rules.js';
import { spelledNumberMentions } from './spelled-numbers.rules.js';

const keyOf = (mention: NumberMention): string => `${mention.kind}:${mention.value}`;

/** What one side says: its mentions, and every value it spells out, sure or not. */
interface Side {
  mentions: NumberMention[];
  spelled: Set<number>;
  text: string;
  language: Language;
}

/**
 * Numbers in digits, and those spelled out in words that surely are numbers ("три года",
 * "five years", "тысяча"): a translation may change "трёх" into "five" as well as "3" into "5".
 */
function sideOf(text: string, language: Language): Side {
  const spelled = spelledNumberMentions(text, language);
  const sure = spelled
    .filter((mention) => mention.firm)
    .map(({ value, text: written }): NumberMention => ({ kind: 'number', value, text: written }));
  return {
    mentions: [...extractNumbers(text, language), ...sure],
    spelled: new Set(spelled.map((mention) => mention.value)),
    text,
    language,
  };
}

/**
 * Mentions with no counterpart on the other side. Sets, not counts: a translation may say
 * "that year" the second time round. A number spelled out in words, or a month named without
 * a day ("February 24" against "24 февраля"), is a counterpart too.
 */
function unmatched(side: Side, other: Side): NumberMention[] {
  const otherKeys = new Set(other.mentions.map(keyOf));
  let months: Set<number> | undefined;
  return side.mentions.filter((mention) => {
    if (otherKeys.has(keyOf(mention))) return false;
    if (mention.kind === 'month') {
      months ??= monthsNamed(other.text, other.language);
      return !months.has(mention.value);
    }
    return !other.spelled.has(mention.value);
  });
}

export const numberMismatchCheck: QaCheck = {
  id: 'number-mismatch',
  severity: 'error',
  pairs: BOTH_PAIRS,
  run(input) {
    const source = sideOf(input.source, input.sourceLanguage);
    const target = sideOf(input.target, input.targetLanguage);
    const missing = unmatched(source, target);
    const extra = unmatched(target, source);
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
