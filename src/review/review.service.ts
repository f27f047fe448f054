import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { DomainEvents } from '../common/domain-events.js';
import {
  ConflictError,
  DomainError,
  ValidationFailed,
  forbidden,
} from '../common/errors/domain-error.js';
import type { Decision } from '../common/state-machine.rules.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { FootnotesService } from '../translations/footnotes.service.js';
import { ReviewEvent, type ReviewVerdict } from '../translations/review-event.entity.js';
import {
  TranslationRecords,
  type TranslationRecord,
  type UnitWithSegment,
} from '../translations/translation-records.js';
import { TranslationUnit } from '../translations/translation-unit.entity.js';
import { translationWorkflow } from '../translations/translation-workflow.rules.js';
import { Translation } from '../translations/translation.entity.js';
import { UnitRevision } from '../translations/unit-revision.entity.js';
import { unitWorkflow, type UnitState } from '../translations/unit-workflow.rules.js';
import { allowedOrThrow } from '../common/workflow-refusal.js';
import type { UserSummary } from '../users/user.entity.js';
import { approversOf, reviewRelations, reviewsPair } from '../translations/review-access.rules.js';

export interface ReviewInput {
  verdict: ReviewVerdict;
  comment?: string | undefined;
  version: number;
}

export interface ReviewOutcome {
  unit: TranslationUnit;
  translation: Translation;
  approvals: number;
}

/**
 * Reviewing units: approve or request changes, four-eyes enforced (nobody approves text they
 * or a co-translator of the same translation wrote), `REQUIRED_APPROVALS` distinct reviewers per
 * unit, and the translation decided once every unit is.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly records: TranslationRecords,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly footnotes: FootnotesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async review(
    user: UserSummary,
    translationId: number,
    unitId: number,
    input: ReviewInput,
  ): Promise<ReviewOutcome> {
    const comment = input.comment?.trim() ?? '';
    if (input.verdict === 'request_changes' && comment === '')
      throw ValidationFailed.field('comment', 'review:comment-required');
    return this.transactions.write(async (m) => {
      const visible = await this.records.loadFor(user, translationId);
      const item = await this.records.unit(m, translationId, unitId);
      // A stale write is a conflict whatever else changed meanwhile (the translation's state too).
      this.assertCurrent(item.unit, input.version);
      const record = this.reviewable(user, visible);
      const outcome = await this.judge(
        m,
        user,
        record,
        item,
        input.verdict,
        input.version,
        comment,
      );
      const translation = await this.settle(m, user, record);
      return { ...outcome, translation };
    });
  }

  /** Approves every unit still waiting, each at the version the reviewer saw; all or nothing. */
  async approveAll(
    user: UserSummary,
    translationId: number,
    seen: Record<number, number>,
  ): Promise<Translation> {
    return this.transactions.write(async (m) => {
      const record = this.reviewable(user, await this.records.loadFor(user, translationId));
      const waiting = (await this.records.units(translationId)).filter(
        ({ unit }) => unit.status === 'submitted',
      );
      const changed = waiting.filter(({ unit }) => seen[unit.id] !== unit.version);
      if (changed.length) {
        throw new ConflictError(
          'review:units-changed',
          { version: record.translation.version },
          undefined,
          { count: changed.length },
        );
      }
      for (const item of waiting) {
        const alreadyMine = approversOf(
          await this.unitEvents(m, item.unit.id),
          item.unit.version,
        ).includes(user.id);
        if (!alreadyMine) await this.judge(m, user, record, item, 'approve', item.unit.version, '');
      }
      return this.settle(m, user, record);
    });
  }

  private assertCurrent(unit: TranslationUnit, version: number): void {
    if (unit.version !== version) {
      throw new ConflictError(
        'review:unit-changed',
        { version: unit.version, text: unit.text, status: unit.status },
        { version },
      );
    }
  }

  private reviewable(user: UserSummary, record: TranslationRecord): TranslationRecord {
    if (!reviewsPair(user, record.participation.pair))
      throw forbidden('review:not-your-pair', { pair: record.participation.pair });
    if (record.translation.status !== 'in_review')
      throw new DomainError('invalid', 'review:not-in-review');
    return record;
  }

  private async judge(
    m: EntityManager,
    user: UserSummary,
    record: TranslationRecord,
    { unit, segment }: UnitWithSegment,
    verdict: ReviewVerdict,
    version: number,
    comment: string,
  ): Promise<{ unit: TranslationUnit; approvals: number }> {
    this.assertCurrent(unit, version);
    const actor = {
      roles: user.roles,
      relations: reviewRelations(
        user.id,
        record.participation.contributorIds,
        unit.authorId,
        await this.footnotes.authorsOf(m, unit.id),
      ),
    };
    let selfApproval = false;
    let to: UnitState;
    if (verdict === 'approve') {
      let decision: Decision<UnitState> = unitWorkflow.decide(unit.status, 'approve', actor);
      if (
        !decision.allowed &&
        this.config.selfApproval === 'editor' &&
        actor.relations.includes('author')
      ) {
        const own = unitWorkflow.decide(unit.status, 'approve_own', actor);
        if (own.allowed) {
          decision = own;
          selfApproval = true;
        }
      }
      to = allowedOrThrow(decision);
    } else {
      to = allowedOrThrow(unitWorkflow.decide(unit.status, 'request_changes', actor));
    }
    const previous = await this.unitEvents(m, unit.id);
    if (verdict === 'approve' && approversOf(previous, unit.version).includes(user.id)) {
      throw new DomainError('invalid', 'review:already-approved');
    }
    const now = new Date();
    await m.insert(ReviewEvent, {
      translationId: record.translation.id,
      unitId: unit.id,
      unitVersion: unit.version,
      actorId: user.id,
      verdict,
      selfApproval,
      comment,
      createdAt: now,
    });
    const approvals = verdict === 'approve' ? approversOf(previous, unit.version).length + 1 : 0;
    const decided =
      verdict === 'request_changes' || selfApproval || approvals >= this.config.requiredApprovals;
    let current = unit;
    if (decided) {
      const result = await m
        .createQueryBuilder()
        .update(TranslationUnit)
        .set({ status: to, version: () => 'version + 1', updatedAt: now })
        .where('id = :id AND version = :version', { id: unit.id, version: unit.version })
        .execute();
      if (!result.affected)
        throw new ConflictError('review:unit-changed', { version: unit.version + 1 }, { version });
      current = (await m.findOneBy(TranslationUnit, { id: unit.id }))!;
      await m.insert(UnitRevision, {
        unitId: unit.id,
        version: current.version,
        text: unit.text,
        status: to,
        action: verdict,
        authorId: user.id,
        createdAt: now,
      });
      if (to === 'approved') {
        await this.footnotes.approveWithUnit(m, unit.id, user.id);
        await this.events.emit(m, 'unit.approved', {
          unitId: unit.id,
          sourceLanguage: record.source.language,
          targetLanguage: record.translation.targetLanguage,
          sourceText: segment.text,
          targetText: unit.text,
        });
      }
    }
    await this.audit.record(m, {
      actorId: user.id,
      action: selfApproval
        ? 'unit.self-approved'
        : verdict === 'approve'
          ? 'unit.approved'
          : 'unit.changes-requested',
      objectType: 'translation',
      objectId: record.translation.id,
      details: { unitId: unit.id, version: unit.version, approvals, decided },
    });
    await this.events.emit(m, 'unit.reviewed', {
      translationId: record.translation.id,
      unitId: unit.id,
      actorId: user.id,
      verdict,
      unitStatus: current.status,
    });
    return { unit: current, approvals };
  }

  /** Once no unit waits, the translation is approved, or sent back when any unit needs changes. */
  private async settle(
    m: EntityManager,
    user: UserSummary,
    record: TranslationRecord,
  ): Promise<Translation> {
    const units = await this.records.units(record.translation.id);
    const translation = (await m.findOneBy(Translation, { id: record.translation.id }))!;
    if (units.some(({ unit }) => unit.status === 'submitted')) return translation;
    const sendBack = units.some(({ unit }) => unit.status === 'needs_changes');
    const contributor = record.participation.contributorIds.includes(user.id);
    const actor = { roles: user.roles, relations: contributor ? ['contributor'] : [] };
    const selfApproved = !sendBack && contributor && this.config.selfApproval === 'editor';
    const action = sendBack ? 'request_changes' : selfApproved ? 'approve_own' : 'approve';
    const to = allowedOrThrow(translationWorkflow.decide(translation.status, action, actor));
    await m.update(
      Translation,
      { id: translation.id },
      { status: to, version: translation.version + 1, updatedAt: new Date() },
    );
    await this.audit.record(m, {
      actorId: user.id,
      action: sendBack
        ? 'translation.changes-requested'
        : selfApproved
          ? 'translation.self-approved'
          : 'translation.approved',
      objectType: 'translation',
      objectId: translation.id,
    });
    if (sendBack)
      await this.events.emit(m, 'translation.changes-requested', {
        translationId: translation.id,
        actorId: user.id,
      });
    else
      await this.events.emit(m, 'translation.approved', {
        translationId: translation.id,
        actorId: user.id,
        selfApproved,
      });
    return (await m.findOneBy(Translation, { id: translation.id }))!;
  }

  private unitEvents(m: EntityManager, unitId: number): Promise<ReviewEvent[]> {
    return m.findBy(ReviewEvent, { unitId });
  }
}
