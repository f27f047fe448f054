import { Inject, Injectable } from '@nestjs/common';
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
import { SegmentsService } from '../segments/segments.service.js';
import { SourceQueriesService } from '../sources/source-queries.service.js';
import type { UserSummary } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { worksInPair } from './translation-access.rules.js';
import { TranslationLifecycle } from './translation-lifecycle.service.js';
import { emptyUnits, TranslationUnit } from './translation-unit.entity.js';
import { Translation } from './translation.entity.js';

/**
 * Starting and claiming translations. Starting one claims it: nobody else translates the same
 * text into the same language meanwhile. A claim can be released, taken up, or (by an editor)
 * handed to someone else — steps of the lifecycle, like withdrawing.
 */
@Injectable()
export class TranslationsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lifecycle: TranslationLifecycle,
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
  claim(user: UserSummary, id: number, version: number): Promise<Translation> {
    return this.lifecycle.apply(user, 'claim', { translationId: id }, version, {});
  }

  release(user: UserSummary, id: number, version: number): Promise<Translation> {
    return this.lifecycle.apply(user, 'release', { translationId: id }, version, {});
  }

  /** An editor hands the claim to a translator of the pair. */
  reassign(editor: UserSummary, id: number, version: number, handle: string): Promise<Translation> {
    return this.lifecycle.apply(editor, 'reassign', { translationId: id }, version, { handle });
  }

  withdraw(user: UserSummary, id: number, version: number): Promise<Translation> {
    return this.lifecycle.apply(user, 'withdraw', { translationId: id }, version, {});
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
