import { Injectable } from '@nestjs/common';
import { In, Not, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { DomainEventMap } from '../common/domain-events.js';
import { SYSTEM_ACTOR } from '../common/state-machine.rules.js';
import { updateVersioned } from '../database/versioned-update.js';
import { SegmentsService } from '../segments/segments.service.js';
import { emptyUnits, TranslationUnit } from './translation-unit.entity.js';
import { translationWorkflow } from './translation-workflow.rules.js';
import { Translation } from './translation.entity.js';
import { UnitRevision } from './unit-revision.entity.js';
import { unitWorkflow } from './unit-workflow.rules.js';

/**
 * The lifecycle's one step nobody takes by hand: a source text got a new revision. Units of
 * changed segments become outdated (their old text and the source they translated are kept and
 * shown), new segments get empty units, and a published translation becomes outdated (readers
 * keep the last publication meanwhile). Each move is a row of the workflow tables, taken by the
 * system actor.
 */
@Injectable()
export class LifecycleSourceChange {
  constructor(
    private readonly segments: SegmentsService,
    private readonly audit: AuditService,
  ) {}

  async sourceRevised(m: EntityManager, event: DomainEventMap['source.revised']): Promise<void> {
    const translations = await m.findBy(Translation, {
      sourceId: event.sourceId,
      status: Not('withdrawn'),
    });
    if (translations.length === 0) return;
    const changed = await this.segments.byIds(event.changedSegmentIds);
    const previousText = new Map(changed.map((s) => [s.id, s.previousText]));
    const now = new Date();
    for (const translation of translations) {
      const units = event.changedSegmentIds.length
        ? await m.findBy(TranslationUnit, {
            translationId: translation.id,
            segmentId: In(event.changedSegmentIds),
          })
        : [];
      for (const unit of units) {
        const decision = unitWorkflow.decide(unit.status, 'source_changed', SYSTEM_ACTOR);
        if (!decision.allowed) continue;
        // The source this unit translated: kept from the first change on, until it is re-translated.
        const oldSource = unit.outdatedSourceText ?? previousText.get(unit.segmentId) ?? null;
        await updateVersioned(m, TranslationUnit, unit.id, unit.version, {
          status: decision.to,
          outdatedSourceText: oldSource,
          updatedAt: now,
        });
        await m.insert(UnitRevision, {
          unitId: unit.id,
          version: unit.version + 1,
          text: unit.text,
          status: decision.to,
          action: 'source_changed',
          authorId: null,
          createdAt: now,
        });
      }
      if (event.addedSegmentIds.length) {
        await m.insert(TranslationUnit, emptyUnits(translation.id, event.addedSegmentIds, now));
      }
      const next = translationWorkflow.decide(translation.status, 'source_changed', SYSTEM_ACTOR);
      await updateVersioned(m, Translation, translation.id, translation.version, {
        sourceRevision: event.revision,
        ...(next.allowed ? { status: next.to } : {}),
        updatedAt: now,
      });
      await this.audit.record(m, {
        actorId: event.actorId,
        action: 'translation.source-changed',
        objectType: 'translation',
        objectId: translation.id,
        details: {
          revision: event.revision,
          outdatedUnits: units.length,
          addedUnits: event.addedSegmentIds.length,
        },
      });
    }
  }
}
