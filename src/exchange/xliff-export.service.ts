import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { FootnotesService } from '../translations/footnotes.service.js';
import { ReviewEvent } from '../translations/review-event.entity.js';
import { TranslationRecords } from '../translations/translation-records.js';
import type { UserSummary } from '../users/user.entity.js';
import { originalOf, writeXliff, type XliffNote } from './xliff.rules.js';

export interface XliffFile {
  filename: string;
  xml: string;
}

/**
 * A translation as XLIFF 1.2 for a CAT tool. Anyone who may see the translation may take it
 * offline. Notes carry no handles: a file travels, and who reviewed what is not its business.
 */
@Injectable()
export class XliffExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly records: TranslationRecords,
    private readonly footnotes: FootnotesService,
  ) {}

  async export(user: UserSummary, translationId: number): Promise<XliffFile> {
    const { translation, source } = await this.records.loadFor(user, translationId);
    const units = await this.records.units(translationId);
    const notes = new Map<number, XliffNote[]>();
    const add = (unitId: number, note: XliffNote) =>
      notes.set(unitId, [...(notes.get(unitId) ?? []), note]);
    for (const f of await this.footnotes.forTranslation(translationId))
      add(f.unitId, { from: 'translator', text: `«${f.quote}»: ${f.note}` });
    const comments = await this.dataSource.getRepository(ReviewEvent).find({
      where: { translationId, unitId: In(units.map((u) => u.unit.id)) },
      order: { id: 'ASC' },
    });
    for (const c of comments)
      if (c.unitId !== null && c.comment.trim())
        add(c.unitId, { from: 'reviewer', text: c.comment });
    const counters = new Map<string, number>();
    const xml = writeXliff({
      original: originalOf(translation.id),
      sourceLanguage: source.language,
      targetLanguage: translation.targetLanguage,
      date: new Date(),
      units: units.map(({ unit, segment }) => {
        const n = (counters.get(segment.kind) ?? 0) + 1;
        counters.set(segment.kind, n);
        return {
          segmentId: segment.id,
          resname: segment.kind === 'title' ? 'title' : `${segment.kind}-${n}`,
          version: unit.version,
          source: segment.text,
          target: unit.text,
          state: unit.status,
          notes: notes.get(unit.id) ?? [],
        };
      }),
    });
    return { filename: `translation-${translation.id}.${translation.targetLanguage}.xlf`, xml };
  }
}
