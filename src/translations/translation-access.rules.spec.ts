import { describe, expect, it } from 'vitest';
import {
  canViewTranslation,
  translationRelations,
  worksInPair,
  type Participation,
} from './translation-access.rules.js';

const draft: Participation = {
  pair: 'ru>en',
  status: 'draft',
  claimantId: 1,
  contributorIds: [1, 2],
  reviewerIds: [],
};

describe('translation access', () => {
  it('shows a draft only to the people working on it and to editors', () => {
    expect(
      canViewTranslation({ id: 1, roles: ['translator'], languagePairs: ['ru>en'] }, draft),
    ).toBe(true);
    expect(canViewTranslation({ id: 2, roles: ['translator'], languagePairs: [] }, draft)).toBe(
      true,
    );
    expect(
      canViewTranslation({ id: 3, roles: ['translator'], languagePairs: ['ru>en'] }, draft),
    ).toBe(false);
    expect(
      canViewTranslation({ id: 4, roles: ['reviewer'], languagePairs: ['ru>en'] }, draft),
    ).toBe(false);
    expect(canViewTranslation({ id: 5, roles: ['editor'], languagePairs: [] }, draft)).toBe(true);
    expect(canViewTranslation({ id: 6, roles: ['admin'], languagePairs: ['ru>en'] }, draft)).toBe(
      false,
    );
  });

  it('shows a submitted translation to reviewers of its pair only', () => {
    const inReview = { ...draft, status: 'in_review' as const };
    expect(
      canViewTranslation({ id: 4, roles: ['reviewer'], languagePairs: ['ru>en'] }, inReview),
    ).toBe(true);
    expect(
      canViewTranslation({ id: 4, roles: ['reviewer'], languagePairs: ['en>ru'] }, inReview),
    ).toBe(false);
    expect(
      canViewTranslation(
        { id: 7, roles: ['reviewer'], languagePairs: [] },
        { ...inReview, reviewerIds: [7] },
      ),
    ).toBe(true);
  });

  it('works out relations and pairs', () => {
    expect(translationRelations(1, draft)).toEqual(['claimant', 'contributor']);
    expect(translationRelations(2, draft)).toEqual(['contributor']);
    expect(translationRelations(9, draft)).toEqual([]);
    expect(worksInPair({ id: 1, roles: ['translator'], languagePairs: ['ru>en'] }, 'ru>en')).toBe(
      true,
    );
    expect(worksInPair({ id: 1, roles: ['translator'], languagePairs: ['ru>en'] }, 'en>ru')).toBe(
      false,
    );
    expect(worksInPair({ id: 1, roles: ['reviewer'], languagePairs: ['ru>en'] }, 'ru>en')).toBe(
      false,
    );
    expect(worksInPair({ id: 1, roles: ['editor'], languagePairs: [] }, 'en>ru')).toBe(true);
  });
});
