import type { Role } from '../common/roles.js';
import type { TranslationState } from './translation-workflow.rules.js';

export interface Participant {
  id: number;
  roles: readonly Role[];
  languagePairs: readonly string[];
}

/** Who is working on a translation, as far as visibility is concerned. */
export interface Participation {
  pair: string;
  status: TranslationState;
  claimantId: number | null;
  /** Wrote any unit of it. */
  contributorIds: readonly number[];
  /** Reviewed any unit of it. */
  reviewerIds: readonly number[];
}

/** States in which a translation is in front of reviewers. */
const REVIEWABLE: readonly TranslationState[] = [
  'in_review',
  'changes_requested',
  'approved',
  'published',
  'outdated',
];

/**
 * Unpublished work is visible only to the people working on it: its claimant and contributors,
 * the editors who publish, and the reviewers of its language pair once it is submitted. Anyone
 * else is answered as if it did not exist.
 */
export function canViewTranslation(user: Participant, p: Participation): boolean {
  if (user.roles.includes('editor')) return true;
  if (
    p.claimantId === user.id ||
    p.contributorIds.includes(user.id) ||
    p.reviewerIds.includes(user.id)
  )
    return true;
  return (
    user.roles.includes('reviewer') &&
    user.languagePairs.includes(p.pair) &&
    REVIEWABLE.includes(p.status)
  );
}

/** The workflow relations of a user to a translation. */
export function translationRelations(
  userId: number,
  p: Pick<Participation, 'claimantId' | 'contributorIds'>,
): string[] {
  const relations: string[] = [];
  if (p.claimantId === userId) relations.push('claimant');
  if (p.contributorIds.includes(userId)) relations.push('contributor');
  return relations;
}

/** May this user translate in this pair? Editors may work in every configured pair. */
export function worksInPair(user: Participant, pair: string): boolean {
  return (
    user.roles.includes('editor') ||
    (user.roles.includes('translator') && user.languagePairs.includes(pair))
  );
}
