import { BOTH_PAIRS, finding, type QaCheck, type QaFinding } from './qa-check.rules.js';
import { namesCode } from './legal-codes.rules.js';
import { findLegalReferences, formatLegalReference } from './legal-references.rules.js';

/**
 * Every article (and part, when the source gives one) of the source must come back as a
 * reference in the target's own form, and a named code must be named. Paragraph letters are
 * not compared: "п. «а»" is written "(a)", "a" or "'a'" in English with equal right.
 */
export const legalReferenceCheck: QaCheck = {
  id: 'legal-reference',
  severity: 'error',
  pairs: BOTH_PAIRS,
  run(input) {
    const targetReferences = findLegalReferences(input.target, input.targetLanguage);
    const findings: QaFinding[] = [];
    const reported = new Set<string>();
    for (const reference of findLegalReferences(input.source, input.sourceLanguage)) {
      const rendered = targetReferences.some(
        (candidate) =>
          candidate.article === reference.article &&
          (reference.part === undefined || candidate.part === reference.part),
      );
      // A code left in Russian ("of the УК") is Cyrillic in the target, reported as such.
      const codeNamed =
        reference.code === undefined ||
        namesCode(input.target, reference.code, input.targetLanguage) ||
        (input.targetLanguage === 'en' && namesCode(input.target, reference.code, 'ru'));
      const variant = !rendered ? 'article' : !codeNamed ? 'code' : undefined;
      const expected = formatLegalReference(reference, input.targetLanguage);
      if (!variant || reported.has(`${variant}:${expected}`)) continue;
      reported.add(`${variant}:${expected}`);
      findings.push(finding(this, { reference: reference.text, expected }, variant));
    }
    return findings;
  },
};
