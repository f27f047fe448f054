import { forbiddenRenderingCheck, glossaryTermCheck } from './glossary-term.rules.js';
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
  forbiddenRenderingCheck,
  nameSpellingCheck,
  unchangedCheck,
  lengthRatioCheck,
  whitespaceCheck,
];

/**
 * Checks that read the target in its language: a number, reference or name left in Russian
 * ("500 тыс.", "ст. 280.3 УК", "Навальный") looks wrong to them, when the one error is the
 * Russian left in, which `cyrillic-in-target` already reports.
 */
const EXPLAINED_BY_CYRILLIC = new Set([
  numberMismatchCheck.id,
  legalReferenceCheck.id,
  nameSpellingCheck.id,
]);

/** Whether the check passes the target once it is read as the source language. */
function passesReadAsSource(check: QaCheck, input: QaInput): boolean {
  return check.run({ ...input, targetLanguage: input.sourceLanguage }).length === 0;
}

/**
 * Findings of the checks for the input's language pair. A blank target has nothing to check
 * but its blankness, and a list of every missing number would only bury that. A finding that
 * Cyrillic left in the target explains is not counted twice.
 */
export function runQaChecks(input: QaInput): QaFinding[] {
  const pair = languagePair(input);
  const blank = isBlank(input.target);
  const findings: QaFinding[] = [];
  let cyrillicFound = false;
  for (const check of qaChecks) {
    if (!check.pairs.includes(pair) || (blank && check.id !== emptyCheck.id)) continue;
    const found = check.run(input);
    if (check.id === cyrillicInTargetCheck.id) cyrillicFound = found.length > 0;
    if (
      found.length > 0 &&
      cyrillicFound &&
      EXPLAINED_BY_CYRILLIC.has(check.id) &&
      passesReadAsSource(check, input)
    ) {
      continue;
    }
    findings.push(...found);
  }
  return findings;
}

/** Whether the findings stop the unit from being submitted. */
export function hasBlockingFinding(findings: readonly QaFinding[]): boolean {
  return findings.some((found) => found.severity === 'error');
}
