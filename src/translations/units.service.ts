import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { ConflictError, DomainError, ValidationFailed } from '../common/errors/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { updateVersioned } from '../database/versioned-update.js';
import type { UserSummary } from '../users/user.entity.js';
import { translationRelations } from './translation-access.rules.js';
import { TranslationRecords } from './translation-records.js';
import { TranslationUnit } from './translation-unit.entity.js';
import { translationWorkflow } from './translation-workflow.rules.js';
import { Translation } from './translation.entity.js';
import { UnitRevision } from './unit-revision.entity.js';
import { unitWorkflow } from './unit-workflow.rules.js';
import { allowedOrThrow } from './workflow-refusal.js';

export interface SavedUnit {
  unit: TranslationUnit;
  translation: Translation;
}

/** Saving the target text of one unit: every save carries the version read, every change is kept. */
@Injectable()
export class UnitsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly records: TranslationRecords,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async save(
    user: UserSummary,
    translationId: number,
    unitId: number,
    version: number,
    rawText: string,
  ): Promise<SavedUnit> {
    const text = rawText.normalize('NFC').replace(/\r\n?/g, '\n');
    if (Buffer.byteLength(text, 'utf8') > this.config.maxTextBytes) {
      throw ValidationFailed.field('text', 'translations:unit-too-large', {
        max: this.config.maxTextBytes,
      });
    }
    return this.transactions.write(async (m) => {
      const { translation, participation } = await this.records.loadFor(user, translationId, m);
      const { unit } = await this.records.unit(m, translationId, unitId);
      if (translation.status === 'withdrawn')
        throw new DomainError('invalid', 'translations:withdrawn');
      // Saving what is already there is not a change, even from a tab that is behind.
      if (unit.text === text && unit.status === 'draft') return { unit, translation };
      if (unit.version !== version) {
        throw new ConflictError(
          'translations:unit-conflict',
          { version: unit.version, text: unit.text },
          { version, text },
        );
      }
      const relations = translationRelations(user.id, participation);
      if (unit.authorId === user.id) relations.push('author');
      const to = allowedOrThrow(
        unitWorkflow.decide(unit.status, 'edit', { roles: user.roles, relations }),
      );
      let current = translation;
      if (translation.status === 'approved' || translation.status === 'published') {
        const next = allowedOrThrow(
          translationWorkflow.decide(translation.status, 'unit_edited', {
            roles: user.roles,
            relations,
          }),
        );
        current = await updateVersioned(m, Translation, translation.id, translation.version, {
          status: next,
          updatedAt: new Date(),
        });
      }
      const saved = await updateVersioned(
        m,
        TranslationUnit,
        unit.id,
        version,
        { text, status: to, authorId: user.id, outdatedSourceText: null, updatedAt: new Date() },
        (c) => ({ text: c.text }),
      );
      await m.insert(UnitRevision, {
        unitId: unit.id,
        version: saved.version,
        text,
        status: to,
        action: 'edit',
        authorId: user.id,
        createdAt: new Date(),
      });
      await this.audit.record(m, {
        actorId: user.id,
        action: 'unit.edited',
        objectType: 'translation',
        objectId: translation.id,
        details: { unitId: unit.id, version: saved.version, from: unit.status, to },
      });
      return { unit: saved, translation: current };
    });
  }
}
