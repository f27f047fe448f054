import { glossaryTermCheck } from './glossary-term.rules.js';
import { legalReferenceCheck } from './legal-reference.rules.js';
import { nameSpellingCheck } from './name-spelling.rules.js';
import { numberMismatchCheck } from './number-mismatch.rules.js';
import { languagePair, type QaCheck, type QaFinding, type QaInput } from './qa-check.rules.js';
import { cyrillicInTargetCheck, dateFormatCheck, quoteStyleCheck } from './typography.rules.js';
import {
  emptyCheck,
  isBlank,
  lengthRatioCheck,
  unchangedCheck,
  whitespaceCheck,
} from './unit-form.rules.js';
import { urlMismatchCheck } from './urls.rules.js';

/** Every check, errors first: the order findings are listed in. */
export const qaChecks: QaCheck[] = [
  emptyCheck,
  cyrillicInTargetCheck,
  numberMismatchCheck,
  legalReferenceCheck,
  urlMismatchCheck,
  quoteStyleCheck,
  dateFormatCheck,
  glossaryTermCheck,
  nameSpellingCheck,
  unchangedCheck,
  lengthRatioCheck,
  whitespaceCheck,
];

/**
 * Findings of the checks for the input's language pair. A blank target has nothing to check
 * but its blankness, and a list of every missing number would only bury that.
 */
export function runQaChecks(input: QaInput): QaFinding[] {
  const pair = languagePair(input);
  const blank = isBlank(input.target);
  return qaChecks
    .filter((check) => check.pairs.includes(pair))
    .filter((check) => !blank || check.id === emptyCheck.id)
    .flatMap((check) => check.run(input));
}

/** Whether the findings stop the unit from being submitted. */
export function hasBlockingFinding(findings: readonly QaFinding[]): boolean {
  return findings.some((found) => found.severity === 'error');
}
