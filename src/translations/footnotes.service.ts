import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import {
  ConflictError,
  DomainError,
  ValidationFailed,
  forbidden,
  notFound,
} from '../common/errors/domain-error.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { updateVersioned } from '../database/versioned-update.js';
import { createAnchor, relocateAnchor } from './footnote-anchor.rules.js';
import { reviewsPair } from './review-access.rules.js';
import type { UserSummary } from '../users/user.entity.js';
import { Footnote } from './footnote.entity.js';
import { anchorColumns, anchorOf, cleanNote, type FootnoteInput } from './footnote-input.rules.js';
import { translationRelations } from './translation-access.rules.js';
import { TranslationRecords, type TranslationRecord } from './translation-records.js';
import { TranslationUnit } from './translation-unit.entity.js';
import { reopenForUnitEdit } from './unit-edit.js';
import { UnitRevision } from './unit-revision.entity.js';
import { unitWorkflow } from './unit-workflow.rules.js';

/**
 * Footnotes on units. A note changes what is reviewed, so every change bumps the unit's version
 * (earlier approvals stop counting) and sends an approved unit back to draft; a reviewer may
 * annotate a unit under review, and then may not approve it.
 */
@Injectable()
export class FootnotesService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly records: TranslationRecords,
    private readonly audit: AuditService,
  ) {}

  async add(
    user: UserSummary,
    translationId: number,
    unitId: number,
    input: FootnoteInput,
  ): Promise<Footnote> {
    const note = cleanNote(input.note);
    return this.transactions.write(async (m) => {
      const record = await this.records.loadFor(user, translationId);
      const { unit, segment } = await this.records.unit(m, translationId, unitId);
      if (segment.kind === 'title')
        throw ValidationFailed.field('quote', 'translations:note-on-title');
      if (unit.version !== input.unitVersion) {
        throw new ConflictError(
          'translations:unit-conflict',
          { version: unit.version, text: unit.text },
          { version: input.unitVersion },
        );
      }
      const anchor = anchorOf(unit.text, input);
      await this.touchUnit(m, user, record, unit);
      const now = new Date();
      const footnote = await m.save(
        m.create(Footnote, {
          translationId,
          unitId,
          ...anchorColumns(anchor),
          note,
          status: 'pending',
          authorId: user.id,
          approvedById: null,
          version: 1,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.audit.record(m, {
        actorId: user.id,
        action: 'footnote.added',
        objectType: 'translation',
        objectId: translationId,
        details: { unitId, footnoteId: footnote.id },
      });
      return footnote;
    });
  }

  /** A new note text, or a new anchor (offsets or quote) — for a lost note, say. */
  async update(
    user: UserSummary,
    footnoteId: number,
    input: {
      version: number;
      note?: string | undefined;
      start?: number;
      end?: number;
      quote?: string;
      occurrence?: number;
    },
  ): Promise<Footnote> {
    return this.transactions.write(async (m) => {
      const { footnote, record, unit } = await this.load(m, user, footnoteId);
      if (footnote.version !== input.version) {
        throw new ConflictError(
          'errors:stale-write',
          { version: footnote.version, text: footnote.note },
          { version: input.version, text: input.note ?? '' },
        );
      }
      const changes: Partial<Footnote> = {
        status: 'pending',
        approvedById: null,
        updatedAt: new Date(),
        version: footnote.version + 1,
      };
      if (input.note !== undefined) changes.note = cleanNote(input.note);
      if (input.quote !== undefined || input.start !== undefined) {
        const anchor = anchorOf(unit.text, { ...input, unitVersion: unit.version, note: '' });
        Object.assign(changes, anchorColumns(anchor));
      }
      await this.touchUnit(m, user, record, unit);
      await m.update(Footnote, { id: footnoteId }, changes);
      await this.audit.record(m, {
        actorId: user.id,
        action: 'footnote.edited',
        objectType: 'translation',
        objectId: record.translation.id,
        details: { footnoteId },
      });
      return (await m.findOneBy(Footnote, { id: footnoteId }))!;
    });
  }

  async remove(
    user: UserSummary,
    footnoteId: number,
    version: number,
  ): Promise<{ translationId: number; unitId: number }> {
    return this.transactions.write(async (m) => {
      const { footnote, record, unit } = await this.load(m, user, footnoteId);
      if (footnote.version !== version)
        throw new ConflictError(
          'errors:stale-write',
          { version: footnote.version, text: footnote.note },
          { version },
        );
      await this.touchUnit(m, user, record, unit);
      await m.delete(Footnote, { id: footnoteId });
      await this.audit.record(m, {
        actorId: user.id,
        action: 'footnote.removed',
        objectType: 'translation',
        objectId: record.translation.id,
        details: { footnoteId },
      });
      return { translationId: footnote.translationId, unitId: footnote.unitId };
    });
  }

  async forTranslation(translationId: number): Promise<Footnote[]> {
    return this.records.manager.find(Footnote, {
      where: { translationId },
      order: { unitId: 'ASC', start: 'ASC', id: 'ASC' },
    });
  }

  /** After the unit's text changed: each note is found again, or flagged as lost (never dropped). */
  async relocate(m: EntityManager, unitId: number, newText: string): Promise<void> {
    for (const footnote of await m.findBy(Footnote, { unitId })) {
      const span = relocateAnchor(
        {
          quote: footnote.quote,
          prefix: footnote.prefix,
          suffix: footnote.suffix,
          start: footnote.start,
        },
        newText,
      );
      const anchor = span ? createAnchor(newText, span.start, span.end) : null;
      await m.update(
        Footnote,
        { id: footnote.id },
        anchor
          ? {
              start: anchor.start,
              end: anchor.start + anchor.quote.length,
              prefix: anchor.prefix,
              suffix: anchor.suffix,
              lost: false,
              status: 'pending',
              approvedById: null,
            }
          : { lost: true, status: 'pending', approvedById: null },
      );
    }
  }

  /** The unit was approved: its notes are approved with it (their authors could not approve). */
  async approveWithUnit(m: EntityManager, unitId: number, approverId: number): Promise<void> {
    await m.update(
      Footnote,
      { unitId, lost: false },
      { status: 'approved', approvedById: approverId },
    );
  }

  async authorsOf(m: EntityManager, unitId: number): Promise<number[]> {
    const rows = await m.find(Footnote, { where: { unitId }, select: { authorId: true } });
    return [...new Set(rows.map((r) => r.authorId).filter((v): v is number => v !== null))];
  }

  async lostIn(m: EntityManager, unitIds: number[]): Promise<Footnote[]> {
    return unitIds.length ? m.findBy(Footnote, { unitId: In(unitIds), lost: true }) : [];
  }

  private async load(m: EntityManager, user: UserSummary, footnoteId: number) {
    const footnote = await m.findOneBy(Footnote, { id: footnoteId });
    if (!footnote) throw notFound();
    const record = await this.records.loadFor(user, footnote.translationId);
    const { unit } = await this.records.unit(m, footnote.translationId, footnote.unitId);
    return { footnote, record, unit };
  }

  /**
   * Who may annotate: whoever may edit the unit (the translator holding it, editors), and a
   * reviewer of the pair on a unit under review. A note is part of what is reviewed, so the
   * unit moves on as after an edit: a new version with its revision (earlier approvals stop
   * counting), and the same refusal on a published translation as saving the unit.
   */
  private async touchUnit(
    m: EntityManager,
    user: UserSummary,
    record: TranslationRecord,
    unit: TranslationUnit,
  ): Promise<void> {
    const { translation, participation } = record;
    if (translation.status === 'withdrawn')
      throw new DomainError('invalid', 'translations:withdrawn');
    const relations = translationRelations(user.id, participation);
    const edit = unitWorkflow.decide(unit.status, 'edit', { roles: user.roles, relations });
    const reviewing =
      unit.status === 'submitted' &&
      translation.status === 'in_review' &&
      reviewsPair(user, participation.pair);
    if (!edit.allowed && !reviewing) throw forbidden('translations:cannot-annotate');
    const status = edit.allowed && unit.status !== 'submitted' ? edit.to : unit.status;
    if (edit.allowed) await reopenForUnitEdit(m, user, translation, relations);
    const now = new Date();
    const saved = await updateVersioned(
      m,
      TranslationUnit,
      unit.id,
      unit.version,
      { status, updatedAt: now },
      (c) => ({ text: c.text }),
    );
    await m.insert(UnitRevision, {
      unitId: unit.id,
      version: saved.version,
      text: unit.text,
      status,
      action: 'annotate',
      authorId: user.id,
      createdAt: now,
    });
  }
}
