import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { DomainEvents } from '../common/domain-events.js';
import { DomainError } from '../common/errors/domain-error.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { updateVersioned } from '../database/versioned-update.js';
import { QaService } from '../qa/qa.service.js';
import { hasBlockingFinding } from '../qa/qa-runner.rules.js';
import type { UserSummary } from '../users/user.entity.js';
import { translationRelations } from './translation-access.rules.js';
import { FootnotesService } from './footnotes.service.js';
import { TranslationRecords } from './translation-records.js';
import { TranslationUnit } from './translation-unit.entity.js';
import { translationWorkflow } from './translation-workflow.rules.js';
import { Translation } from './translation.entity.js';
import { UnitRevision } from './unit-revision.entity.js';
import { allowedOrThrow } from '../common/workflow-refusal.js';

/**
 * Submitting for review: every unit filled, none outdated, no blocking QA finding. Units
 * already approved stay approved, so only changed units need review again.
 */
@Injectable()
export class SubmissionService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly records: TranslationRecords,
    private readonly qa: QaService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly footnotes: FootnotesService,
  ) {}

  async submit(user: UserSummary, translationId: number, version: number): Promise<Translation> {
    return this.transactions.write(async (m) => {
      const { translation, source, participation } = await this.records.loadFor(
        user,
        translationId,
      );
      const to = allowedOrThrow(
        translationWorkflow.decide(translation.status, 'submit', {
          roles: user.roles,
          relations: translationRelations(user.id, participation),
        }),
      );
      if (translation.version !== version) {
        throw new DomainError('conflict', 'errors:stale-write');
      }
      const units = await this.records.units(translationId);
      const unfilled = units
        .filter(({ unit }) => unit.status === 'empty' || unit.text.trim() === '')
        .map(({ segment }) => (segment.position ?? 0) + 1);
      if (unfilled.length)
        throw new DomainError('invalid', 'translations:submit-unfilled', {
          count: unfilled.length,
          units: unfilled.join(', '),
        });
      const outdated = units
        .filter(({ unit }) => unit.status === 'outdated')
        .map(({ segment }) => (segment.position ?? 0) + 1);
      if (outdated.length)
        throw new DomainError('invalid', 'translations:submit-outdated', {
          count: outdated.length,
          units: outdated.join(', '),
        });
      const lost = await this.footnotes.lostIn(
        m,
        units.map(({ unit }) => unit.id),
      );
      if (lost.length) {
        const positions = units
          .filter(({ unit }) => lost.some((f) => f.unitId === unit.id))
          .map(({ segment }) => (segment.position ?? 0) + 1);
        throw new DomainError('invalid', 'translations:submit-lost-notes', {
          count: lost.length,
          units: positions.join(', '),
        });
      }
      const blocked: number[] = [];
      for (const { unit, segment } of units) {
        const findings = await this.qa.findings(
          source.language,
          translation.targetLanguage,
          segment.text,
          unit.text,
        );
        if (hasBlockingFinding(findings)) blocked.push((segment.position ?? 0) + 1);
      }
      if (blocked.length)
        throw new DomainError('invalid', 'translations:submit-qa-errors', {
          count: blocked.length,
          units: blocked.join(', '),
        });

      const toSubmit = units
        .filter(({ unit }) => unit.status === 'draft' || unit.status === 'needs_changes')
        .map(({ unit }) => unit);
      const now = new Date();
      if (toSubmit.length) {
        await m
          .createQueryBuilder()
          .update(TranslationUnit)
          .set({ status: 'submitted', version: () => 'version + 1', updatedAt: now })
          .where({ id: In(toSubmit.map((u) => u.id)) })
          .execute();
        await m.insert(
          UnitRevision,
          toSubmit.map((u) => ({
            unitId: u.id,
            version: u.version + 1,
            text: u.text,
            status: 'submitted' as const,
            action: 'submit' as const,
            authorId: user.id,
            createdAt: now,
          })),
        );
      }
      const updated = await updateVersioned(m, Translation, translationId, version, {
        status: to,
        submittedAt: now,
        updatedAt: now,
      });
      await this.audit.record(m, {
        actorId: user.id,
        action: 'translation.submitted',
        objectType: 'translation',
        objectId: translationId,
        details: { units: toSubmit.length },
      });
      await this.events.emit(m, 'translation.submitted', { translationId, actorId: user.id });
      return updated;
    });
  }
}
