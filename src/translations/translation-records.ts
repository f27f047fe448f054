import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { notFound } from '../common/errors/domain-error.js';
import { pairKey } from '../config/language-pairs.rules.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import type { Segment } from '../segments/segment.entity.js';
import { SegmentsService } from '../segments/segments.service.js';
import { SourceQueriesService } from '../sources/source-queries.service.js';
import type { SourceText } from '../sources/source-text.entity.js';
import type { UserSummary } from '../users/user.entity.js';
import { Footnote } from './footnote.entity.js';
import { ReviewEvent } from './review-event.entity.js';
import { canViewTranslation, type Participation } from './translation-access.rules.js';
import { TranslationUnit } from './translation-unit.entity.js';
import { Translation } from './translation.entity.js';
import { UnitRevision } from './unit-revision.entity.js';

export interface TranslationRecord {
  translation: Translation;
  source: SourceText;
  participation: Participation;
}

export interface UnitWithSegment {
  unit: TranslationUnit;
  segment: Segment;
}

/**
 * Loading a translation together with what decides access to it. Everything that shows or
 * changes a translation starts here, so an invisible translation is a 404 everywhere alike.
 */
@Injectable()
export class TranslationRecords {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly sources: SourceQueriesService,
    private readonly segments: SegmentsService,
  ) {}

  /** Inside a write, reads see that write's rows. */
  async load(id: number): Promise<TranslationRecord> {
    const manager = this.transactions.manager;
    const translation = await manager.findOneBy(Translation, { id });
    if (!translation) throw notFound();
    const source = await this.sources.find(translation.sourceId);
    if (!source) throw notFound();
    return {
      translation,
      source,
      participation: await this.participation(manager, translation, source),
    };
  }

  /** The translation if this user may see it; otherwise the same 404 as a missing one. */
  async loadFor(user: UserSummary, id: number): Promise<TranslationRecord> {
    const record = await this.load(id);
    if (!canViewTranslation(user, record.participation)) throw notFound();
    return record;
  }

  async participation(
    manager: EntityManager,
    translation: Translation,
    source: SourceText,
  ): Promise<Participation> {
    // Contributors wrote a unit's text or a footnote (four-eyes covers both): the revisions name
    // who annotated, also after the note was removed; notes from before such revisions name
    // their authors themselves.
    const [writers, noteAuthors, reviewers] = await Promise.all([
      manager
        .createQueryBuilder(UnitRevision, 'r')
        .select('DISTINCT r.author_id', 'id')
        .innerJoin(TranslationUnit, 'u', 'u.id = r.unit_id')
        .where('u.translation_id = :id AND r.author_id IS NOT NULL', { id: translation.id })
        .andWhere("r.action IN ('edit', 'revert', 'annotate')")
        .getRawMany<{ id: number }>(),
      manager
        .createQueryBuilder(Footnote, 'f')
        .select('DISTINCT f.author_id', 'id')
        .where('f.translation_id = :id AND f.author_id IS NOT NULL', { id: translation.id })
        .getRawMany<{ id: number }>(),
      manager
        .createQueryBuilder(ReviewEvent, 'e')
        .select('DISTINCT e.actor_id', 'id')
        .where('e.translation_id = :id AND e.actor_id IS NOT NULL', { id: translation.id })
        .getRawMany<{ id: number }>(),
    ]);
    return {
      pair: pairKey({ source: source.language, target: translation.targetLanguage }),
      status: translation.status,
      claimantId: translation.claimedById,
      contributorIds: [...new Set([...writers, ...noteAuthors].map((r) => r.id))],
      reviewerIds: reviewers.map((r) => r.id),
    };
  }

  /** Units of the live segments, in text order (units of removed segments stay in the database). */
  async units(translationId: number): Promise<UnitWithSegment[]> {
    const units = await this.transactions.manager.findBy(TranslationUnit, { translationId });
    if (units.length === 0) return [];
    const segments = await this.segments.liveByIds(units.map((u) => u.segmentId));
    const bySegment = new Map(units.map((u) => [u.segmentId, u]));
    return segments.map((segment) => ({ unit: bySegment.get(segment.id)!, segment }));
  }

  /**
   * Who wrote and who approved these units, for the credits of a publication: translators
   * wrote a text (edits and reverts), reviewers approved (flagged when it was a self-approval).
   */
  async credits(
    unitIds: number[],
  ): Promise<{ translatorIds: number[]; reviewers: Map<number, boolean> }> {
    const reviewers = new Map<number, boolean>();
    if (unitIds.length === 0) return { translatorIds: [], reviewers };
    const m = this.transactions.manager;
    const [revisions, approvals] = await Promise.all([
      m.find(UnitRevision, {
        where: { unitId: In(unitIds), action: In(['edit', 'revert']) },
        select: { authorId: true },
      }),
      m.find(ReviewEvent, {
        where: { unitId: In(unitIds), verdict: 'approve' },
        select: { actorId: true, selfApproval: true },
      }),
    ]);
    for (const a of approvals)
      if (a.actorId !== null)
        reviewers.set(a.actorId, (reviewers.get(a.actorId) ?? false) || a.selfApproval);
    const translatorIds = [
      ...new Set(revisions.map((r) => r.authorId).filter((v): v is number => v !== null)),
    ];
    return { translatorIds, reviewers };
  }

  /** Did an editor approve any of their own work in this translation (shown to readers)? */
  async selfReviewed(translationId: number): Promise<boolean> {
    const n = await this.transactions.manager.countBy(ReviewEvent, {
      translationId,
      selfApproval: true,
    });
    return n > 0;
  }

  /** Revisions of these units left by one kind of step, newest first. */
  async revisions(unitIds: number[], action: UnitRevision['action']): Promise<UnitRevision[]> {
    if (unitIds.length === 0) return [];
    return this.transactions.manager.find(UnitRevision, {
      where: { unitId: In(unitIds), action },
      order: { version: 'DESC' },
    });
  }

  get manager(): EntityManager {
    return this.transactions.manager;
  }

  /** A unit that belongs to this translation, or a 404 (a unit of another translation is not here). */
  async unit(
    manager: EntityManager,
    translationId: number,
    unitId: number,
  ): Promise<UnitWithSegment> {
    const unit = await manager.findOneBy(TranslationUnit, { id: unitId, translationId });
    if (!unit) throw notFound();
    const [segment] = await this.segments.liveByIds([unit.segmentId]);
    if (!segment) throw notFound();
    return { unit, segment };
  }
}
