import { describe, expect, it } from 'vitest';
import {
  isReachable,
  translationRecipients,
  translatorsFrom,
  type Candidate,
} from './notification-recipients.rules.js';

const people = { claimantId: 1, contributorIds: [1, 2], reviewerIds: [3, 4] };

describe('translationRecipients', () => {
  it('tells the claimant of changes requested, the writers of an approval, everyone of a publication', () => {
    expect(translationRecipients('changes-requested', people, 3)).toEqual([1]);
    expect(translationRecipients('approved', people, 3)).toEqual([1, 2]);
    expect(translationRecipients('published', people, 9)).toEqual([1, 2, 3, 4]);
  });

  it('never tells the actor, and nobody twice', () => {
    expect(translationRecipients('published', people, 3)).toEqual([1, 2, 4]);
    expect(translationRecipients('approved', { ...people, contributorIds: [1, 1] }, 9)).toEqual([
      1,
    ]);
  });

  it('tells nobody of changes requested on an unclaimed translation', () => {
    expect(translationRecipients('changes-requested', { ...people, claimantId: null }, 3)).toEqual(
      [],
    );
  });
});

describe('translatorsFrom', () => {
  const user = (id: number, extra: Partial<Candidate> = {}): Candidate => ({
    id,
    roles: ['translator'],
    languagePairs: ['ru>en'],
    disabled: false,
    deleted: false,
    ...extra,
  });

  it('picks active translators whose pairs start from the language, but the actor', () => {
    const users = [
      user(1),
      user(2, { languagePairs: ['en>ru'] }),
      user(3, { roles: ['reviewer'] }),
      user(4, { disabled: true }),
      user(5, { deleted: true }),
      user(6, { languagePairs: ['en>ru', 'ru>en'] }),
      user(7),
    ];
    expect(translatorsFrom(users, 'ru', 7)).toEqual([1, 6]);
    expect(translatorsFrom(users, 'en', null)).toEqual([2, 6]);
  });

  it('does not take a target language for a source language', () => {
    expect(translatorsFrom([user(1, { languagePairs: ['en>ru'] })], 'ru', null)).toEqual([]);
  });
});

describe('isReachable', () => {
  it('refuses disabled and deleted accounts', () => {
    expect(isReachable({ disabled: false, deleted: false })).toBe(true);
    expect(isReachable({ disabled: true, deleted: false })).toBe(false);
    expect(isReachable({ disabled: false, deleted: true })).toBe(false);
  });
});
