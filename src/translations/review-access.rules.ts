import type { Participant } from './translation-access.rules.js';

/** Reviewers review in their language pairs; editors review everywhere. */
export function reviewsPair(user: Participant, pair: string): boolean {
  return (
    user.roles.includes('editor') ||
    (user.roles.includes('reviewer') && user.languagePairs.includes(pair))
  );
}

/**
 * Four-eyes: who wrote any unit of a translation is its author for review purposes — they may
 * neither approve its units nor the translation (the self-approval of a one-person site aside).
 */
export function reviewRelations(
  userId: number,
  contributorIds: readonly number[],
  unitAuthorId: number | null,
  noteAuthorIds: readonly number[] = [],
): string[] {
  return contributorIds.includes(userId) ||
    unitAuthorId === userId ||
    noteAuthorIds.includes(userId)
    ? ['author', 'contributor']
    : [];
}

/** Distinct reviewers who approved exactly this version of a unit. */
export function approversOf(
  events: readonly { actorId: number | null; unitVersion: number | null; verdict: string }[],
  version: number,
): number[] {
  return [
    ...new Set(
      events
        .filter((e) => e.verdict === 'approve' && e.unitVersion === version && e.actorId !== null)
        .map((e) => e.actorId!),
    ),
  ];
}
