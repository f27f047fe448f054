import { Injectable } from '@nestjs/common';
import { notFound } from '../common/errors/domain-error.js';
import type { UserSummary } from '../users/user.entity.js';
import { Footnote } from './footnote.entity.js';
import { cleanNote, type FootnoteInput } from './footnote-input.rules.js';
import type { NoteChanges } from './lifecycle-unit-writes.js';
import { TranslationLifecycle } from './translation-lifecycle.service.js';
import { TranslationRecords } from './translation-records.js';

/**
 * Footnotes on units. A note changes what is reviewed, so every change is a step of the unit's
 * lifecycle (see TranslationLifecycle): a new unit version, earlier approvals stop counting, an
 * approved translation goes back to draft; a reviewer may annotate a unit under review, and then
 * may not approve it.
 */
@Injectable()
export class FootnotesService {
  constructor(
    private readonly records: TranslationRecords,
    private readonly lifecycle: TranslationLifecycle,
  ) {}

  add(
    user: UserSummary,
    translationId: number,
    unitId: number,
    input: FootnoteInput,
  ): Promise<Footnote> {
    const note = cleanNote(input.note);
    return this.lifecycle.apply(user, 'annotate', { translationId, unitId }, input.unitVersion, {
      input: { ...input, note },
    });
  }

  /** A new note text, or a new anchor (offsets or quote) — for a lost note, say. */
  async update(
    user: UserSummary,
    footnoteId: number,
    input: NoteChanges & { version: number },
  ): Promise<Footnote> {
    const { version, ...changes } = input;
    if (changes.note !== undefined) changes.note = cleanNote(changes.note);
    const footnote = await this.find(user, footnoteId);
    return this.lifecycle.apply(user, 'edit_note', footnote, version, { footnoteId, changes });
  }

  async remove(
    user: UserSummary,
    footnoteId: number,
    version: number,
  ): Promise<{ translationId: number; unitId: number }> {
    const footnote = await this.find(user, footnoteId);
    return this.lifecycle.apply(user, 'remove_note', footnote, version, { footnoteId });
  }

  async forTranslation(translationId: number): Promise<Footnote[]> {
    return this.records.manager.find(Footnote, {
      where: { translationId },
      order: { unitId: 'ASC', start: 'ASC', id: 'ASC' },
    });
  }

  /** The note's translation and unit, if this user may see the translation. */
  private async find(user: UserSummary, footnoteId: number) {
    const footnote = await this.records.manager.findOneBy(Footnote, { id: footnoteId });
    if (!footnote) throw notFound();
    await this.records.loadFor(user, footnote.translationId);
    return { translationId: footnote.translationId, unitId: footnote.unitId };
  }
}
