import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { DomainEvents } from '../common/domain-events.js';
import { allowedOrThrow } from '../common/workflow-refusal.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { updateVersioned } from '../database/versioned-update.js';
import type { UserSummary } from '../users/user.entity.js';
import { Footnote } from './footnote.entity.js';
import type { LoadedTranslation, LoadedUnit } from './lifecycle-facts.js';
import { ReviewEvent, type ReviewVerdict } from './review-event.entity.js';
import { TranslationRecords } from './translation-records.js';
import { translationWorkflow } from './translation-workflow.rules.js';
import { TranslationUnit } from './translation-unit.entity.js';
import { Translation } from './translation.entity.js';
import { UnitRevision } from './unit-revision.entity.js';
import type { UnitState } from './unit-workflow.rules.js';

export interface ReviewOutcome {
  unit: TranslationUnit;
  translation: Translation;
  approvals: number;
}

export interface ReviewPayload {
  comment?: string | undefined;
}

/**
 * The writes of a review once the lifecycle has checked it: the review event, the unit's move
 * when enough distinct reviewers approved (or one asked for changes), the notes approved with
 * the unit, and the translation decided once no unit waits.
 */
@Injectable()
export class LifecycleReviewWrites {
  constructor(
    private readonly records: TranslationRecords,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async review(
    m: EntityManager,
    actor: UserSummary,
    loaded: LoadedTranslation,
    { unit, segment, facts }: LoadedUnit,
    verdict: ReviewVerdict,
    to: UnitState,
    selfApproval: boolean,
    comment: string,
  ): Promise<ReviewOutcome> {
    const { translation, source } = loaded.record;
    const now = new Date();
    await m.insert(ReviewEvent, {
      translationId: translation.id,
      unitId: unit.id,
      unitVersion: unit.version,
      actorId: actor.id,
      verdict,
      selfApproval,
      comment,
      createdAt: now,
    });
    const approvals = verdict === 'approve' ? facts.approverIds.length + 1 : 0;
    const decided =
      verdict === 'request_changes' || selfApproval || approvals >= this.config.requiredApprovals;
    let current = unit;
    if (decided) {
      current = await updateVersioned(m, TranslationUnit, unit.id, unit.version, {
        status: to,
        updatedAt: now,
      });
      await m.insert(UnitRevision, {
        unitId: unit.id,
        version: current.version,
        text: unit.text,
        status: to,
        action: verdict,
        authorId: actor.id,
        createdAt: now,
      });
      if (to === 'approved') {
        // The unit's notes are approved with it (their authors could not approve it).
        await m.update(
          Footnote,
          { unitId: unit.id, lost: false },
          { status: 'approved', approvedById: actor.id },
        );
        await this.events.emit(m, 'unit.approved', {
          unitId: unit.id,
          sourceLanguage: source.language,
          targetLanguage: translation.targetLanguage,
          sourceText: segment.text,
          targetText: unit.text,
        });
      }
    }
    await this.audit.record(m, {
      actorId: actor.id,
      action: selfApproval
        ? 'unit.self-approved'
        : verdict === 'approve'
          ? 'unit.approved'
          : 'unit.changes-requested',
      objectType: 'translation',
      objectId: translation.id,
      details: { unitId: unit.id, version: unit.version, approvals, decided },
    });
    await this.events.emit(m, 'unit.reviewed', {
      translationId: translation.id,
      unitId: unit.id,
      actorId: actor.id,
      verdict,
      unitStatus: current.status,
    });
    return { unit: current, translation: await this.settle(m, actor, loaded), approvals };
  }

  /** Once no unit waits, the translation is approved, or sent back when any unit needs changes. */
  private async settle(
    m: EntityManager,
    actor: UserSummary,
    loaded: LoadedTranslation,
  ): Promise<Translation> {
    const id = loaded.record.translation.id;
    const units = await this.records.units(id);
    const translation = (await m.findOneBy(Translation, { id }))!;
    if (units.some(({ unit }) => unit.status === 'submitted')) return translation;
    const sendBack = units.some(({ unit }) => unit.status === 'needs_changes');
    const contributor = loaded.facts.participation.contributorIds.includes(actor.id);
    const relations = contributor ? ['contributor'] : [];
    const selfApproved = !sendBack && contributor && loaded.facts.selfApproval;
    const action = sendBack ? 'request_changes' : selfApproved ? 'approve_own' : 'approve';
    const to = allowedOrThrow(
      translationWorkflow.decide(translation.status, action, { roles: actor.roles, relations }),
    );
    const updated = await updateVersioned(m, Translation, id, translation.version, {
      status: to,
      updatedAt: new Date(),
    });
    await this.audit.record(m, {
      actorId: actor.id,
      action: sendBack
        ? 'translation.changes-requested'
        : selfApproved
          ? 'translation.self-approved'
          : 'translation.approved',
      objectType: 'translation',
      objectId: id,
    });
    if (sendBack)
      await this.events.emit(m, 'translation.changes-requested', {
        translationId: id,
        actorId: actor.id,
      });
    else
      await this.events.emit(m, 'translation.approved', {
        translationId: id,
        actorId: actor.id,
        selfApproved,
      });
    return updated;
  }
}
