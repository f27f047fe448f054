import type { Translate } from '../i18n/i18n.service.js';
import type { QaFinding } from './qa-check.rules.js';

export interface TranslatedFinding {
  check: string;
  severity: 'error' | 'warning';
  message: string;
}

/** Findings with their messages in the reader's interface language (pages and API alike). */
export function translateFindings(t: Translate, findings: QaFinding[]): TranslatedFinding[] {
  return findings.map((f) => ({
    check: f.check,
    severity: f.severity,
    message: t(f.messageKey, f.params),
  }));
}
