import type { Participation } from '../translations/translation-access.rules.js';

export type TranslationNews = 'changes-requested' | 'approved' | 'published';

type People = Pick<Participation, 'claimantId' | 'contributorIds' | 'reviewerIds'>;

/**
 * Who hears what happened to a translation: changes requested concern whoever holds it, an
 * approval everyone who wrote it, a publication everyone who worked on it. Never the person who
 * did it: they know.
 */
export function translationRecipients(news: TranslationNews, p: People, actorId: number): number[] {
  const ids =
    news === 'changes-requested'
      ? [p.claimantId]
      : news === 'approved'
        ? [p.claimantId, ...p.contributorIds]
        : [p.claimantId, ...p.contributorIds, ...p.reviewerIds];
  return distinct(ids).filter((id) => id !== actorId);
}

export interface Candidate {
  id: number;
  roles: readonly string[];
  languagePairs: readonly string[];
  disabled: boolean;
  deleted: boolean;
}

/** Active translators who translate from this language ("ru>en" starts from "ru"), but the actor. */
export function translatorsFrom(
  users: readonly Candidate[],
  language: string,
  actorId: number | null,
): number[] {
  return users
    .filter(
      (u) =>
        isReachable(u) &&
        u.id !== actorId &&
        u.roles.includes('translator') &&
        u.languagePairs.some((pair) => pair.startsWith(`${language}>`)),
    )
    .map((u) => u.id);
}

/** A disabled or deleted account is never notified. */
export function isReachable(user: Pick<Candidate, 'disabled' | 'deleted'>): boolean {
  return !user.disabled && !user.deleted;
}

function distinct(ids: readonly (number | null)[]): number[] {
  return [...new Set(ids.filter((id): id is number => id !== null))];
}
