import { describe, expect, it } from 'vitest';
import {
  approvalAction,
  canSeeCurrentText,
  canSeeExplainer,
  explainerActions,
  explainerRelations,
} from './explainer-access.rules.js';

const AUTHOR = 1;
const OTHER = 2;
const draft = {
  language: 'en',
  authorId: AUTHOR,
  contributorIds: [AUTHOR],
  status: 'draft' as const,
};
const inReview = { ...draft, status: 'in_review' as const };

const translator = (id: number) => ({
  id,
  roles: ['translator'] as const,
  languagePairs: ['ru>en'],
});
const editor = (id: number) => ({ id, roles: ['editor'] as const, languagePairs: ['ru>en'] });
const reviewer = (id: number) => ({ id, roles: ['reviewer'] as const, languagePairs: ['ru>en'] });

describe('canSeeCurrentText', () => {
  it('shows work in progress to editors, reviewers of its language and whoever wrote it', () => {
    expect(canSeeCurrentText(translator(AUTHOR), draft)).toBe(true);
    expect(canSeeCurrentText(editor(OTHER), draft)).toBe(true);
    expect(canSeeCurrentText(reviewer(OTHER), draft)).toBe(true);
    expect(canSeeCurrentText(translator(OTHER), draft)).toBe(false);
    expect(canSeeCurrentText({ id: OTHER, roles: ['admin'], languagePairs: [] }, draft)).toBe(
      false,
    );
  });

  it('shows a reviewer work in progress only in the target language of their pairs', () => {
    const otherPair = { id: OTHER, roles: ['reviewer'] as const, languagePairs: ['en>ru'] };
    expect(canSeeCurrentText(otherPair, draft)).toBe(false);
    expect(canSeeCurrentText(otherPair, { ...draft, language: 'ru' })).toBe(true);
    expect(canSeeCurrentText(editor(OTHER), { ...draft, language: 'ru' })).toBe(true);
  });

  it('shows it to an earlier contributor, and an unassigned version to every writer', () => {
    const edited = { language: 'en', authorId: OTHER, contributorIds: [AUTHOR, OTHER] };
    expect(canSeeCurrentText(translator(AUTHOR), edited)).toBe(true);
    const unassigned = { language: 'en', authorId: null, contributorIds: [] };
    expect(canSeeCurrentText(translator(3), unassigned)).toBe(true);
    expect(canSeeCurrentText({ id: 3, roles: ['admin'], languagePairs: [] }, unassigned)).toBe(
      false,
    );
  });
});

describe('canSeeExplainer', () => {
  it('knows an explainer through its starter, a visible version or an approved one', () => {
    const stranger = translator(OTHER);
    expect(
      canSeeExplainer(stranger, { createdById: AUTHOR }, [{ ...draft, published: false }]),
    ).toBe(false);
    expect(
      canSeeExplainer(stranger, { createdById: AUTHOR }, [{ ...draft, published: true }]),
    ).toBe(true);
    expect(canSeeExplainer(stranger, { createdById: OTHER }, [])).toBe(true);
  });
});

describe('explainerRelations', () => {
  it('makes an unassigned version editable as one’s own, but never reviewable as one’s own', () => {
    const unassigned = { language: 'en', authorId: null, contributorIds: [] };
    expect(explainerRelations(translator(3), unassigned, 'edit')).toEqual(['author']);
    expect(explainerRelations(translator(3), unassigned, 'review')).toEqual([]);
  });
});

describe('explainerActions', () => {
  it('offers the author submit and edit, and other reviewers the verdicts', () => {
    expect(explainerActions(translator(AUTHOR), draft, false)).toEqual(['submit', 'edit']);
    expect(explainerActions(translator(OTHER), draft, false)).toEqual([]);
    expect(explainerActions(reviewer(OTHER), inReview, false)).toEqual([
      'approve',
      'request_changes',
    ]);
  });

  it('never offers an author a verdict; an editor’s own approval only where allowed', () => {
    expect(
      explainerActions(
        { id: AUTHOR, roles: ['reviewer'], languagePairs: ['ru>en'] },
        inReview,
        true,
      ),
    ).toEqual([]);
    expect(explainerActions(editor(AUTHOR), inReview, false)).toEqual([]);
    expect(explainerActions(editor(AUTHOR), inReview, true)).toEqual(['approve_own']);
  });

  it('counts everyone who wrote part of the text under review as its author', () => {
    const shared = {
      language: 'en',
      authorId: OTHER,
      contributorIds: [AUTHOR, OTHER],
      status: 'in_review' as const,
    };
    expect(
      explainerActions(
        { id: AUTHOR, roles: ['reviewer'], languagePairs: ['ru>en'] },
        shared,
        false,
      ),
    ).toEqual([]);
  });
});

describe('approvalAction', () => {
  it('is a self-approval only for an editor who wrote the text, where the site allows it', () => {
    expect(approvalAction(editor(AUTHOR), draft, true)).toBe('approve_own');
    expect(approvalAction(editor(AUTHOR), draft, false)).toBe('approve');
    expect(approvalAction(editor(OTHER), draft, true)).toBe('approve');
    expect(
      approvalAction({ id: AUTHOR, roles: ['reviewer'], languagePairs: ['ru>en'] }, draft, true),
    ).toBe('approve');
  });
});
