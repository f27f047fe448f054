import { pairKey, type PairKey, type TextLanguage } from '../config/language-pairs.rules.js';
import type { GlossaryHit } from '../glossary/term-matcher.rules.js';
import type { NameHit } from '../glossary/name-hints.rules.js';

export type Language = TextLanguage;
export type Severity = 'error' | 'warning';

export interface QaInput {
  sourceLanguage: Language;
  targetLanguage: Language;
  source: string;
  target: string;
  glossary?: GlossaryHit[];
  names?: NameHit[];
}

export interface QaFinding {
  check: string;
  severity: Severity;
  messageKey: string;
  params: Record<string, string | number>;
}

export interface QaCheck {
  id: string;
  severity: Severity;
  pairs: PairKey[];
  run(input: QaInput): QaFinding[];
}

export const BOTH_PAIRS: PairKey[] = ['ru>en', 'en>ru'];

export function languagePair(input: Pick<QaInput, 'sourceLanguage' | 'targetLanguage'>): PairKey {
  return pairKey({ source: input.sourceLanguage, target: input.targetLanguage });
}

/** A finding of `check`; the message key is `qa:<id>` or `qa:<id>.<variant>`. */
export function finding(
  check: Pick<QaCheck, 'id' | 'severity'>,
  params: QaFinding['params'] = {},
  variant?: string,
): QaFinding {
  const key = variant ? `${check.id}.${variant}` : check.id;
  return { check: check.id, severity: check.severity, messageKey: `qa:${key}`, params };
}

/** Offending values as one message parameter: each once, in order of appearance. */
/**
 * Hits once each: the hints list every occurrence, and checking each against the whole target
 * made a unit naming one person 5,000 times cost minutes (and as many identical findings).
 */
export function distinctHits<T extends GlossaryHit | NameHit>(hits: readonly T[] | undefined): T[] {
  const seen = new Map<string, T>();
  for (const hit of hits ?? []) seen.set(JSON.stringify(hit), hit);
  return [...seen.values()];
}

export function listValues(values: Iterable<string>): string {
  return [...new Set(values)].join(', ');
}
