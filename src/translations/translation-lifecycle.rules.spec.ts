import { describe, expect, it } from 'vitest';
import type { Role } from '../common/roles.js';
import {
  publishBlocker,
  submitBlocker,
  translationVerdict,
  unitVerdict,
  type TranslationFacts,
  type UnitFacts,
  type Verdict,
} from './translation-lifecycle.rules.js';
import type { TranslationState } from './translation-workflow.rules.js';

const TRANSLATOR = 1;
const REVIEWER = 2;
const EDITOR = 3;

function facts(
  userId: number,
  roles: Role[],
  status: TranslationState,
  extra: Partial<TranslationFacts['participation']> & { selfApproval?: boolean } = {},
): TranslationFacts {
  const { selfApproval = false, ...participation } = extra;
  return {
    user: { id: userId, roles, languagePairs: ['ru>en'] },
    status,
    selfApproval,
    participation: {
      pair: 'ru>en',
      status,
      claimantId: TRANSLATOR,
      contributorIds: [TRANSLATOR],
      reviewerIds: [],
      ...participation,
    },
  };
}

const unit = (extra: Partial<UnitFacts> = {}): UnitFacts => ({
  status: 'submitted',
  authorId: TRANSLATOR,
  kind: 'paragraph',
  noteAuthorIds: [],
  approverIds: [],
  ...extra,
});

const key = (v: Verdict) => (v.ok ? 'ok' : v.refusal.key);

describe('translation lifecycle rules', () => {
  it('refuses an edit or a note on a published translation alike, and reopens an approved one', () => {
    const published = facts(EDITOR, ['editor'], 'published');
    const approvedUnit = unit({ status: 'approved' });
    expect(key(unitVerdict(published, approvedUnit, 'edit'))).toBe('workflow:illegal-transition');
    expect(key(unitVerdict(published, approvedUnit, 'annotate'))).toBe(
      'workflow:illegal-transition',
    );
    const approved = facts(EDITOR, ['editor'], 'approved');
    expect(unitVerdict(approved, approvedUnit, 'annotate')).toEqual({
      ok: true,
      translation: 'draft',
      unit: 'draft',
    });
  });

  it('counts a note author as a contributor: a reviewer who annotated may not approve', () => {
    const reviewing = facts(REVIEWER, ['reviewer'], 'in_review');
    expect(unitVerdict(reviewing, unit(), 'annotate')).toEqual({ ok: true });
    expect(key(unitVerdict(reviewing, unit({ noteAuthorIds: [REVIEWER] }), 'approve'))).toBe(
      'workflow:relation-forbidden',
    );
    const annotated = facts(REVIEWER, ['reviewer'], 'in_review', {
      contributorIds: [TRANSLATOR, REVIEWER],
    });
    expect(key(unitVerdict(annotated, unit(), 'request_changes'))).toBe(
      'workflow:relation-forbidden',
    );
    expect(unitVerdict(reviewing, unit(), 'approve')).toEqual({
      ok: true,
      unit: 'approved',
      selfApproval: false,
    });
  });

  it('lets an editor approve their own text only when the site allows it, and never twice', () => {
    const own = { authorId: EDITOR };
    const off = facts(EDITOR, ['editor'], 'in_review', { contributorIds: [EDITOR] });
    expect(key(unitVerdict(off, unit(own), 'approve'))).toBe('workflow:relation-forbidden');
    expect(key(unitVerdict(off, unit(own), 'approve_own'))).toBe('workflow:relation-forbidden');
    const on = { ...off, selfApproval: true };
    expect(unitVerdict(on, unit(own), 'approve')).toMatchObject({ ok: true, selfApproval: true });
    expect(unitVerdict(on, unit(own), 'approve_own')).toMatchObject({ ok: true });
    const notOwn = { ...on, participation: { ...on.participation, contributorIds: [TRANSLATOR] } };
    expect(key(unitVerdict(notOwn, unit(), 'approve_own'))).toBe('workflow:relation-required');
    expect(unitVerdict(notOwn, unit(), 'approve')).toMatchObject({ ok: true, selfApproval: false });
    const again = facts(REVIEWER, ['reviewer'], 'in_review');
    expect(key(unitVerdict(again, unit({ approverIds: [REVIEWER] }), 'approve'))).toBe(
      'review:already-approved',
    );
  });

  it('reviews only in the reviewer’s pair and while the translation is in review', () => {
    const otherPair = { ...facts(REVIEWER, ['reviewer'], 'in_review') };
    otherPair.user = { ...otherPair.user, languagePairs: ['en>ru'] };
    expect(key(unitVerdict(otherPair, unit(), 'approve'))).toBe('review:not-your-pair');
    expect(key(unitVerdict(facts(REVIEWER, ['reviewer'], 'approved'), unit(), 'approve'))).toBe(
      'review:not-in-review',
    );
  });

  it('keeps claims, releases and reassignments off withdrawn translations', () => {
    const withdrawn = (id: number, roles: Role[]) =>
      facts(id, roles, 'withdrawn', { claimantId: null });
    expect(key(translationVerdict(withdrawn(TRANSLATOR, ['translator']), 'claim'))).toBe(
      'translations:not-claimable',
    );
    expect(key(translationVerdict(facts(TRANSLATOR, ['translator'], 'withdrawn'), 'release'))).toBe(
      'translations:withdrawn',
    );
    expect(key(translationVerdict(withdrawn(EDITOR, ['editor']), 'reassign'))).toBe(
      'translations:withdrawn',
    );
    expect(key(translationVerdict(facts(REVIEWER, ['reviewer'], 'draft'), 'release'))).toBe(
      'translations:not-claimant',
    );
    expect(key(translationVerdict(facts(TRANSLATOR, ['translator'], 'draft'), 'claim'))).toBe(
      'translations:already-claimed',
    );
    const releasedPublished = facts(4, ['translator'], 'published', { claimantId: null });
    expect(key(translationVerdict(releasedPublished, 'claim'))).toBe('translations:not-claimable');
    const releasedOutdated = facts(4, ['translator'], 'outdated', { claimantId: null });
    expect(key(translationVerdict(releasedOutdated, 'claim'))).toBe('ok');
  });

  it('tells why a translation cannot be submitted, the first reason first', () => {
    const ok = {
      position: 1,
      status: 'draft' as const,
      text: 'Text',
      lostNotes: 0,
      blockingFinding: false,
    };
    expect(submitBlocker([ok])).toBeNull();
    expect(submitBlocker([ok, { ...ok, position: 2, status: 'empty', text: '' }])).toMatchObject({
      key: 'translations:submit-unfilled',
      params: { count: 1, units: '2' },
    });
    expect(
      submitBlocker([
        { ...ok, lostNotes: 2 },
        { ...ok, position: 3, lostNotes: 1 },
      ]),
    ).toMatchObject({
      key: 'translations:submit-lost-notes',
      params: { count: 3, units: '1, 3' },
    });
    expect(submitBlocker([{ ...ok, status: 'outdated', blockingFinding: true }])?.key).toBe(
      'translations:submit-outdated',
    );
    expect(submitBlocker([{ ...ok, blockingFinding: true }])?.key).toBe(
      'translations:submit-qa-errors',
    );
    expect(publishBlocker(['approved', 'approved'])).toBeNull();
    expect(publishBlocker(['approved', 'draft'])?.key).toBe('publications:units-not-approved');
  });
});
