import type { Actor, Role } from '../common/state-machine.rules.js';
import type { ExplainerAction, ExplainerState } from './explainer-workflow.rules.js';
import { explainerWorkflow } from './explainer-workflow.rules.js';

export interface ExplainerViewer {
  id: number;
  roles: readonly Role[];
  /** Pair keys such as `ru>en`. */
  languagePairs: readonly string[];
}

/** Who wrote the current text of one language version. */
export interface VersionAuthorship {
  /** The language this version is written in. */
  language: string;
  authorId: number | null;
  /** Everyone who wrote part of the current text since it was last approved. */
  contributorIds: readonly number[];
}

/**
 * Editors keep every explainer; a reviewer checks text written in the target language of one
 * of their pairs, and sees work in progress only there.
 */
function worksOn(viewer: ExplainerViewer, language: string): boolean {
  if (viewer.roles.includes('editor')) return true;
  return (
    viewer.roles.includes('reviewer') &&
    viewer.languagePairs.some((pair) => pair.endsWith(`>${language}`))
  );
}
/** Roles that may start an explainer or a language version of one. */
export const EXPLAINER_WRITERS: readonly Role[] = ['editor', 'translator'];

export function canWriteExplainers(viewer: ExplainerViewer): boolean {
  return viewer.roles.some((role) => EXPLAINER_WRITERS.includes(role));
}

function wrote(viewer: ExplainerViewer, version: VersionAuthorship): boolean {
  return version.authorId === viewer.id || version.contributorIds.includes(viewer.id);
}

/**
 * Unpublished text is visible only to the people working on it: editors, reviewers of its
 * language, and whoever wrote it. A version nobody holds (its author's account is gone) is open to every
 * writer, so that someone can take it up.
 */
export function canSeeCurrentText(viewer: ExplainerViewer, version: VersionAuthorship): boolean {
  if (worksOn(viewer, version.language)) return true;
  if (wrote(viewer, version)) return true;
  return version.authorId === null && canWriteExplainers(viewer);
}

/**
 * The workflow relations of a person to one language version. For editing, an unassigned
 * version counts as the person's own; for review it never does, so four-eyes holds.
 */
export function explainerRelations(
  viewer: ExplainerViewer,
  version: VersionAuthorship,
  purpose: 'edit' | 'review',
): string[] {
  if (wrote(viewer, version)) return ['author'];
  if (purpose === 'edit' && version.authorId === null) return ['author'];
  return [];
}

/** The workflow's actor for an action: review actions and the others see authorship differently. */
export function explainerActor(
  viewer: ExplainerViewer,
  version: VersionAuthorship,
  action: ExplainerAction,
): Actor {
  const purpose = action === 'edit' ? 'edit' : 'review';
  return { roles: viewer.roles, relations: explainerRelations(viewer, version, purpose) };
}

/**
 * The actions a person may take on a version: what its page offers. Approving one's own
 * text exists only where the site allows an editor's self-approval.
 */
export function explainerActions(
  viewer: ExplainerViewer,
  version: VersionAuthorship & { status: ExplainerState },
  selfApproval: boolean,
): ExplainerAction[] {
  return explainerWorkflow.actions.filter((action) => {
    if (action === 'approve_own' && !selfApproval) return false;
    return explainerWorkflow.decide(version.status, action, explainerActor(viewer, version, action))
      .allowed;
  });
}

/** The approval the site allows the reviewer: their own text only as a recorded self-approval. */
export function approvalAction(
  viewer: ExplainerViewer,
  version: VersionAuthorship,
  selfApproval: boolean,
): 'approve' | 'approve_own' {
  return selfApproval &&
    viewer.roles.includes('editor') &&
    explainerRelations(viewer, version, 'review').includes('author')
    ? 'approve_own'
    : 'approve';
}

/**
 * An explainer is known to a person who started it, who may see the working text of one of
 * its versions, or — as to every reader — once one of its versions was approved.
 */
export function canSeeExplainer(
  viewer: ExplainerViewer,
  explainer: { createdById: number | null },
  versions: readonly (VersionAuthorship & { published: boolean })[],
): boolean {
  return (
    explainer.createdById === viewer.id ||
    versions.some((version) => version.published || canSeeCurrentText(viewer, version))
  );
}
