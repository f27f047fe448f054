import { TEXT_LANGUAGES } from '../../config/language-pairs.rules.js';
import type { ExplainerQueriesService } from '../../notes/explainer-queries.service.js';
import type { ExplainerWorkspaceService } from '../../notes/explainer-workspace.service.js';

/**
 * The explainers readers may open (approved in at least one language), by id, with their
 * addresses. Built from the notes module's services: `choices()` names every explainer, and
 * only ids that `approvalStateFor` confirms leave here — never a working title, never a draft.
 * Constant in queries: one for the explainers, one per language for their approval.
 */
export async function approvedExplainerSlugs(
  workspace: ExplainerWorkspaceService,
  queries: ExplainerQueriesService,
): Promise<Map<number, string>> {
  const all = await workspace.choices();
  const ids = all.map((e) => e.id);
  const states = await Promise.all(
    TEXT_LANGUAGES.map((language) => queries.approvalStateFor(ids, language)),
  );
  return new Map(
    all.filter((e) => states.some((state) => state.get(e.id))).map((e) => [e.id, e.slug]),
  );
}
