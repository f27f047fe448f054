import { Inject, Injectable } from '@nestjs/common';
import { ValidationFailed, notFound } from '../common/errors/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import type { UserSummary } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import type { SavedUnit } from './lifecycle-unit-writes.js';
import { TranslationLifecycle } from './translation-lifecycle.service.js';
import { TranslationRecords } from './translation-records.js';
import type { TranslationUnit } from './translation-unit.entity.js';
import { UnitRevision } from './unit-revision.entity.js';

export type { SavedUnit };

export interface UnitHistoryEntry {
  revision: UnitRevision;
  authorHandle: string | null;
}

/** Saving the target text of one unit: every save carries the version read, every change is kept. */
@Injectable()
export class UnitsService {
  constructor(
    private readonly lifecycle: TranslationLifecycle,
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
    return this.lifecycle.apply(user, 'edit', { translationId, unitId }, version, {
      text,
      revert: action === 'revert',
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
