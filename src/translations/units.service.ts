import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import {
  ConflictError,
  DomainError,
  ValidationFailed,
  notFound,
} from '../common/errors/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { updateVersioned } from '../database/versioned-update.js';
import type { UserSummary } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { FootnotesService } from './footnotes.service.js';
import { translationRelations } from './translation-access.rules.js';
import { TranslationRecords } from './translation-records.js';
import { TranslationUnit } from './translation-unit.entity.js';
import { reopenForUnitEdit } from './unit-edit.js';
import { Translation } from './translation.entity.js';
import { UnitRevision } from './unit-revision.entity.js';
import { unitWorkflow } from './unit-workflow.rules.js';
import { allowedOrThrow } from '../common/workflow-refusal.js';

export interface UnitHistoryEntry {
  revision: UnitRevision;
  authorHandle: string | null;
}

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
    private readonly footnotes: FootnotesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async save(
    user: UserSummary,
    translationId: number,
    unitId: number,
    version: number,
    rawText: string,
    action: 'edit' | 'revert' = 'edit',
  ): Promise<SavedUnit> {
    const text = rawText.normalize('NFC').replace(/\r\n?/g, '\n');
    if (Buffer.byteLength(text, 'utf8') > this.config.maxTextBytes) {
      throw ValidationFailed.field('text', 'translations:unit-too-large', {
        max: this.config.maxTextBytes,
      });
    }
    return this.transactions.write(async (m) => {
      const { translation, participation } = await this.records.loadFor(user, translationId);
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
      const current = await reopenForUnitEdit(m, user, translation, relations);
      const saved = await updateVersioned(
        m,
        TranslationUnit,
        unit.id,
        version,
        { text, status: to, authorId: user.id, outdatedSourceText: null, updatedAt: new Date() },
        (c) => ({ text: c.text }),
      );
      await this.footnotes.relocate(m, unit.id, text);
      await m.insert(UnitRevision, {
        unitId: unit.id,
        version: saved.version,
        text,
        status: to,
        action,
        authorId: user.id,
        createdAt: new Date(),
      });
      await this.audit.record(m, {
        actorId: user.id,
        action: action === 'revert' ? 'unit.reverted' : 'unit.edited',
        objectType: 'translation',
        objectId: translation.id,
        details: { unitId: unit.id, version: saved.version, from: unit.status, to },
      });
      return { unit: saved, translation: current };
    });
  }
}

/** A unit's every revision, and going back to one of them (as a new revision). */
@Injectable()
export class UnitHistoryService {
  constructor(
    private readonly records: TranslationRecords,
    private readonly units: UnitsService,
    private readonly users: UsersService,
  ) {}

  async history(
    user: UserSummary,
    translationId: number,
    unitId: number,
  ): Promise<{ unit: TranslationUnit; language: 'ru' | 'en'; entries: UnitHistoryEntry[] }> {
    const { translation } = await this.records.loadFor(user, translationId);
    const { unit } = await this.records.unit(this.records.manager, translationId, unitId);
    const revisions = await this.records.manager.find(UnitRevision, {
      where: { unitId },
      order: { version: 'DESC', id: 'DESC' },
    });
    const handles = await this.users.handlesOf(
      revisions.map((r) => r.authorId).filter((v): v is number => v !== null),
    );
    return {
      unit,
      language: translation.targetLanguage,
      entries: revisions.map((revision) => ({
        revision,
        authorHandle: revision.authorId === null ? null : (handles.get(revision.authorId) ?? null),
      })),
    };
  }

  /** Reverting never rewrites history: the old text comes back as the newest revision. */
  async revert(
    user: UserSummary,
    translationId: number,
    unitId: number,
    revisionId: number,
    version: number,
  ): Promise<SavedUnit> {
    await this.records.loadFor(user, translationId);
    const revision = await this.records.manager.findOneBy(UnitRevision, { id: revisionId, unitId });
    if (!revision) throw notFound();
    return this.units.save(user, translationId, unitId, version, revision.text, 'revert');
  }
}
