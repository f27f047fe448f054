import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { DomainEvents } from '../common/domain-events.js';
import {
  DomainError,
  ValidationFailed,
  forbidden,
  notFound,
} from '../common/errors/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { pairKey, type TextLanguage } from '../config/language-pairs.rules.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { updateVersioned } from '../database/versioned-update.js';
import { SegmentsService } from '../segments/segments.service.js';
import { SourceQueriesService } from '../sources/source-queries.service.js';
import type { UserSummary } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { translationRelations, worksInPair } from './translation-access.rules.js';
import { TranslationRecords } from './translation-records.js';
import { emptyUnits, TranslationUnit } from './translation-unit.entity.js';
import { translationWorkflow } from './translation-workflow.rules.js';
import { Translation } from './translation.entity.js';
import { allowedOrThrow } from '../common/workflow-refusal.js';

const LIVE_CLAIMABLE = [
  'draft',
  'changes_requested',
  'outdated',
  'approved',
  'in_review',
  'published',
];

/**
 * Starting and claiming translations. Starting one claims it: nobody else translates the same
 * text into the same language meanwhile. A claim can be released, taken up, or (by an editor)
 * handed to someone else.
 */
@Injectable()
export class TranslationsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly records: TranslationRecords,
    private readonly sources: SourceQueriesService,
    private readonly segments: SegmentsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(
    user: UserSummary,
    sourceId: number,
    targetLanguage: TextLanguage,
  ): Promise<Translation> {
    return this.transactions.write(async (m) => {
      const source = await this.sources.find(sourceId);
      if (!source) throw notFound();
      const pair = pairKey({ source: source.language, target: targetLanguage });
      if (!this.config.languagePairs.map(pairKey).includes(pair)) {
        throw ValidationFailed.field('targetLanguage', 'translations:pair-not-configured', {
          pair,
        });
      }
      if (!worksInPair(user, pair)) throw forbidden('translations:not-your-pair', { pair });
      const existing = await m
        .createQueryBuilder(Translation, 't')
        .where(
          "t.source_id = :sourceId AND t.target_language = :targetLanguage AND t.status != 'withdrawn'",
          { sourceId, targetLanguage },
        )
        .getOne();
      if (existing) throw await this.alreadyClaimed(existing);
      const now = new Date();
      const translation = await m.save(
        m.create(Translation, {
          sourceId,
          targetLanguage,
          status: 'draft',
          claimedById: user.id,
          sourceRevision: source.revision,
          version: 1,
          createdAt: now,
          updatedAt: now,
          submittedAt: null,
        }),
      );
      const segments = await this.segments.active(sourceId);
      if (segments.length) {
        const segmentIds = segments.map((segment) => segment.id);
        await m.insert(TranslationUnit, emptyUnits(translation.id, segmentIds, now));
      }
      await this.audit.record(m, {
        actorId: user.id,
        action: 'translation.started',
        objectType: 'translation',
        objectId: translation.id,
        details: { sourceId, pair },
      });
      await this.events.emit(m, 'translation.claimed', {
        translationId: translation.id,
        actorId: user.id,
        claimantId: user.id,
      });
      return translation;
    });
  }

  /** Takes up a translation nobody holds. */
  async claim(user: UserSummary, id: number, version: number): Promise<Translation> {
    return this.transactions.write(async (m) => {
      const { translation, participation } = await this.records
        .loadFor(user, id)
        .catch(async (error: unknown) => {
          // A released draft is open to every translator of its pair, who cannot see it yet.
          const record = await this.records.load(id);
          if (
            record.translation.claimedById === null &&
            worksInPair(user, record.participation.pair)
          )
            return record;
          throw error;
        });
      if (!worksInPair(user, participation.pair))
        throw forbidden('translations:not-your-pair', { pair: participation.pair });
      if (translation.claimedById !== null) throw await this.alreadyClaimed(translation);
      if (!LIVE_CLAIMABLE.includes(translation.status))
        throw new DomainError('invalid', 'translations:not-claimable');
      return this.setClaimant(m, translation, version, user.id, user.id, 'translation.claimed');
    });
  }

  async release(user: UserSummary, id: number, version: number): Promise<Translation> {
    return this.transactions.write(async (m) => {
      const { translation } = await this.records.loadFor(user, id);
      if (translation.claimedById !== user.id && !user.roles.includes('editor'))
        throw forbidden('translations:not-claimant');
      if (translation.claimedById === null)
        throw new DomainError('invalid', 'translations:not-claimed');
      return this.setClaimant(m, translation, version, null, user.id, 'translation.released');
    });
  }

  /** An editor hands the claim to a translator of the pair. */
  async reassign(
    editor: UserSummary,
    id: number,
    version: number,
    handle: string,
  ): Promise<Translation> {
    if (!editor.roles.includes('editor'))
      throw forbidden('errors:role-required', { roles: 'editor' });
    return this.transactions.write(async (m) => {
      const { translation, participation } = await this.records.load(id);
      const found = await this.users.findForSignIn(handle);
      const target = found && !found.user.disabled && !found.user.deletedAt ? found.user : null;
      if (!target) throw ValidationFailed.field('handle', 'translations:unknown-translator');
      if (
        !worksInPair(
          { id: target.id, roles: target.roles, languagePairs: target.languagePairs },
          participation.pair,
        )
      ) {
        throw ValidationFailed.field('handle', 'translations:translator-not-in-pair', {
          handle,
          pair: participation.pair,
        });
      }
      return this.setClaimant(
        m,
        translation,
        version,
        target.id,
        editor.id,
        'translation.reassigned',
      );
    });
  }

  async withdraw(user: UserSummary, id: number, version: number): Promise<Translation> {
    return this.transactions.write(async (m) => {
      const { translation, participation } = await this.records.loadFor(user, id);
      const to = allowedOrThrow(
        translationWorkflow.decide(translation.status, 'withdraw', {
          roles: user.roles,
          relations: translationRelations(user.id, participation),
        }),
      );
      const updated = await updateVersioned(
        m,
        Translation,
        id,
        version,
        { status: to, updatedAt: new Date() },
        (c) => ({ status: c.status }),
      );
      await this.audit.record(m, {
        actorId: user.id,
        action: 'translation.withdrawn',
        objectType: 'translation',
        objectId: id,
      });
      return updated;
    });
  }

  private async setClaimant(
    m: EntityManager,
    translation: Translation,
    version: number,
    claimantId: number | null,
    actorId: number,
    action: string,
  ): Promise<Translation> {
    const updated = await updateVersioned(
      m,
      Translation,
      translation.id,
      version,
      { claimedById: claimantId, updatedAt: new Date() },
      (c) => ({ status: c.status }),
    );
    await this.audit.record(m, {
      actorId,
      action,
      objectType: 'translation',
      objectId: translation.id,
      details: { claimantId },
    });
    if (claimantId !== null)
      await this.events.emit(m, 'translation.claimed', {
        translationId: translation.id,
        actorId,
        claimantId,
      });
    return updated;
  }

  private async alreadyClaimed(existing: Translation): Promise<DomainError> {
    const handle = existing.claimedById
      ? ((await this.users.handlesOf([existing.claimedById])).get(existing.claimedById) ?? null)
      : null;
    return handle
      ? new DomainError('conflict', 'translations:already-claimed', { handle })
      : new DomainError('conflict', 'translations:already-exists');
  }
}
