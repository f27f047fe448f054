import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { notFound } from '../common/errors/domain-error.js';
import { updateVersioned } from '../database/versioned-update.js';
import type { UserSummary } from '../users/user.entity.js';
import { Footnote } from './footnote.entity.js';
import { createAnchor, relocateAnchor } from './footnote-anchor.rules.js';
import { anchorColumns, anchorOf, type FootnoteInput } from './footnote-input.rules.js';
import type { LoadedTranslation, LoadedUnit } from './lifecycle-facts.js';
import type { TranslationState } from './translation-workflow.rules.js';
import { TranslationUnit } from './translation-unit.entity.js';
import { Translation } from './translation.entity.js';
import { UnitRevision, type UnitRevisionAction } from './unit-revision.entity.js';
import type { UnitState } from './unit-workflow.rules.js';

export interface SavedUnit {
  unit: TranslationUnit;
  translation: Translation;
}

export interface NoteChanges {
  note?: string | undefined;
  start?: number | undefined;
  end?: number | undefined;
  quote?: string | undefined;
  occurrence?: number | undefined;
}

export interface UnitPayloads {
  edit: { text: string; revert?: boolean; via?: string };
  annotate: { input: FootnoteInput };
  edit_note: { footnoteId: number; changes: NoteChanges };
  remove_note: { footnoteId: number };
}

/** Where a checked unit step takes the unit and its translation. */
export interface UnitMove {
  unit: UnitState;
  translation?: TranslationState | undefined;
}

/**
 * The writes of edits and notes once the lifecycle has checked them. A note is part of what is
 * reviewed, so a note change moves the unit like an edit: a new version with its revision.
 */
@Injectable()
export class LifecycleUnitWrites {
  constructor(private readonly audit: AuditService) {}

  async edit(
    m: EntityManager,
    actor: UserSummary,
    loaded: LoadedTranslation,
    { unit }: LoadedUnit,
    version: number,
    move: UnitMove,
    payload: UnitPayloads['edit'],
  ): Promise<SavedUnit> {
    const translation = await this.reopen(m, loaded, move);
    const action: UnitRevisionAction = payload.revert ? 'revert' : 'edit';
    const saved = await this.bump(m, actor, unit, version, move.unit, action, {
      text: payload.text,
      authorId: actor.id,
      outdatedSourceText: null,
    });
    await this.relocateNotes(m, unit.id, payload.text);
    await this.audit.record(m, {
      actorId: actor.id,
      action: payload.revert ? 'unit.reverted' : 'unit.edited',
      objectType: 'translation',
      objectId: translation.id,
      details: {
        unitId: unit.id,
        version: saved.version,
        from: unit.status,
        to: move.unit,
        ...(payload.via ? { via: payload.via } : {}),
      },
    });
    return { unit: saved, translation };
  }

  async annotate(
    m: EntityManager,
    actor: UserSummary,
    loaded: LoadedTranslation,
    { unit }: LoadedUnit,
    move: UnitMove,
    payload: UnitPayloads['annotate'],
  ): Promise<Footnote> {
    const anchor = anchorOf(unit.text, payload.input);
    await this.touch(m, actor, loaded, unit, move);
    const now = new Date();
    const footnote = await m.save(
      m.create(Footnote, {
        translationId: unit.translationId,
        unitId: unit.id,
        ...anchorColumns(anchor),
        note: payload.input.note,
        status: 'pending',
        authorId: actor.id,
        approvedById: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await this.noteAudit(m, actor, unit, 'footnote.added', footnote.id);
    return footnote;
  }

  async editNote(
    m: EntityManager,
    actor: UserSummary,
    loaded: LoadedTranslation,
    { unit }: LoadedUnit,
    footnote: Footnote,
    move: UnitMove,
    changes: NoteChanges,
  ): Promise<Footnote> {
    const update: Partial<Footnote> = {
      status: 'pending',
      approvedById: null,
      updatedAt: new Date(),
      version: footnote.version + 1,
    };
    if (changes.note !== undefined) update.note = changes.note;
    if (changes.quote !== undefined || changes.start !== undefined) {
      const anchor = anchorOf(unit.text, { ...changes, unitVersion: unit.version, note: '' });
      Object.assign(update, anchorColumns(anchor));
    }
    await this.touch(m, actor, loaded, unit, move);
    await m.update(Footnote, { id: footnote.id }, update);
    await this.noteAudit(m, actor, unit, 'footnote.edited', footnote.id);
    return (await m.findOneBy(Footnote, { id: footnote.id }))!;
  }

  async removeNote(
    m: EntityManager,
    actor: UserSummary,
    loaded: LoadedTranslation,
    { unit }: LoadedUnit,
    footnote: Footnote,
    move: UnitMove,
  ): Promise<{ translationId: number; unitId: number }> {
    await this.touch(m, actor, loaded, unit, move);
    await m.delete(Footnote, { id: footnote.id });
    await this.noteAudit(m, actor, unit, 'footnote.removed', footnote.id);
    return { translationId: footnote.translationId, unitId: footnote.unitId };
  }

  /** The note of this unit with this id, or a 404 (a note of another unit is not here). */
  noteOf(loaded: LoadedUnit, footnoteId: number): Footnote {
    const footnote = loaded.footnotes.find((f) => f.id === footnoteId);
    if (!footnote) throw notFound();
    return footnote;
  }

  /** After the unit's text changed: each note is found again, or flagged as lost (never dropped). */
  private async relocateNotes(m: EntityManager, unitId: number, newText: string): Promise<void> {
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

  private async touch(
    m: EntityManager,
    actor: UserSummary,
    loaded: LoadedTranslation,
    unit: TranslationUnit,
    move: UnitMove,
  ): Promise<void> {
    await this.reopen(m, loaded, move);
    await this.bump(m, actor, unit, unit.version, move.unit, 'annotate', {});
  }

  /** An approved translation whose unit changes goes back to draft, at the version read. */
  private async reopen(
    m: EntityManager,
    loaded: LoadedTranslation,
    move: UnitMove,
  ): Promise<Translation> {
    const { translation } = loaded.record;
    if (!move.translation || move.translation === translation.status) return translation;
    return updateVersioned(m, Translation, translation.id, translation.version, {
      status: move.translation,
      updatedAt: new Date(),
    });
  }

  private async bump(
    m: EntityManager,
    actor: UserSummary,
    unit: TranslationUnit,
    version: number,
    status: UnitState,
    action: UnitRevisionAction,
    changes: Partial<TranslationUnit>,
  ): Promise<TranslationUnit> {
    const now = new Date();
    const saved = await updateVersioned(
      m,
      TranslationUnit,
      unit.id,
      version,
      { ...changes, status, updatedAt: now },
      (c) => ({ text: c.text }),
    );
    await m.insert(UnitRevision, {
      unitId: unit.id,
      version: saved.version,
      text: saved.text,
      status,
      action,
      authorId: actor.id,
      createdAt: now,
    });
    return saved;
  }

  private noteAudit(
    m: EntityManager,
    actor: UserSummary,
    unit: TranslationUnit,
    action: string,
    footnoteId: number,
  ) {
    return this.audit.record(m, {
      actorId: actor.id,
      action,
      objectType: 'translation',
      objectId: unit.translationId,
      details: { unitId: unit.id, footnoteId },
    });
  }
}
