import { describe, expect, it } from 'vitest';
import { approversOf, reviewRelations, reviewsPair } from './review-access.rules.js';

describe('review access', () => {
  it('lets reviewers review their pairs and editors every pair', () => {
    expect(reviewsPair({ id: 1, roles: ['reviewer'], languagePairs: ['ru>en'] }, 'ru>en')).toBe(
      true,
    );
    expect(reviewsPair({ id: 1, roles: ['reviewer'], languagePairs: ['ru>en'] }, 'en>ru')).toBe(
      false,
    );
    expect(reviewsPair({ id: 1, roles: ['translator'], languagePairs: ['ru>en'] }, 'ru>en')).toBe(
      false,
    );
    expect(reviewsPair({ id: 1, roles: ['editor'], languagePairs: [] }, 'en>ru')).toBe(true);
  });

  it('makes every contributor an author for four-eyes, not only the unit author', () => {
    expect(reviewRelations(1, [1, 2], 2)).toEqual(['author', 'contributor']);
    expect(reviewRelations(2, [1, 2], 2)).toEqual(['author', 'contributor']);
    expect(reviewRelations(3, [1, 2], 2)).toEqual([]);
    expect(reviewRelations(3, [], 3)).toEqual(['author', 'contributor']);
    // A reviewer who wrote a footnote on the unit may not approve it either.
    expect(reviewRelations(4, [1], 1, [4])).toEqual(['author', 'contributor']);
  });

  it('counts distinct approvers of the current version only', () => {
    const events = [
      { actorId: 5, unitVersion: 3, verdict: 'approve' },
      { actorId: 5, unitVersion: 3, verdict: 'approve' },
      { actorId: 6, unitVersion: 2, verdict: 'approve' },
      { actorId: 7, unitVersion: 3, verdict: 'request_changes' },
      { actorId: 8, unitVersion: 3, verdict: 'approve' },
    ];
    expect(approversOf(events, 3)).toEqual([5, 8]);
    expect(approversOf(events, 4)).toEqual([]);
  });
});
