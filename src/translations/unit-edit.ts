import type { EntityManager } from 'typeorm';
import { updateVersioned } from '../database/versioned-update.js';
import type { UserSummary } from '../users/user.entity.js';
import { translationWorkflow } from './translation-workflow.rules.js';
import { Translation } from './translation.entity.js';
import { allowedOrThrow } from '../common/workflow-refusal.js';

/**
 * A change of a unit's text or notes in an approved or published translation: the workflow
 * decides whether the translation goes back to draft or the change is refused (a published
 * text is changed through a new translation, never under readers' feet). Saving a unit and
 * annotating it take this one path, so neither can do what the other may not.
 */
export async function reopenForUnitEdit(
  m: EntityManager,
  user: UserSummary,
  translation: Translation,
  relations: string[],
): Promise<Translation> {
  if (translation.status !== 'approved' && translation.status !== 'published') return translation;
  const next = allowedOrThrow(
    translationWorkflow.decide(translation.status, 'unit_edited', { roles: user.roles, relations }),
  );
  return updateVersioned(m, Translation, translation.id, translation.version, {
    status: next,
    updatedAt: new Date(),
  });
}
