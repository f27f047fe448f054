import { Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { hasBlockingFinding } from '../qa/qa-runner.rules.js';
import { QaService } from '../qa/qa.service.js';
import type { UserSummary } from '../users/user.entity.js';
import { Footnote } from './footnote.entity.js';
import { ReviewEvent } from './review-event.entity.js';
import { approversOf } from './review-access.rules.js';
import { worksInPair } from './translation-access.rules.js';
import type {
  SubmitUnitFacts,
  TranslationFacts,
  UnitFacts,
} from './translation-lifecycle.rules.js';
import {
  TranslationRecords,
  type TranslationRecord,
  type UnitWithSegment,
} from './translation-records.js';

export interface LoadedTranslation {
  record: TranslationRecord;
  facts: TranslationFacts;
}

export interface LoadedUnit extends UnitWithSegment {
  facts: UnitFacts;
  footnotes: Footnote[];
  events: ReviewEvent[];
}

/**
 * Reads what the lifecycle rules decide on, through the open transaction inside a write, so the
 * page's offer and the write's check see the same facts.
 */
@Injectable()
export class LifecycleFacts {
  constructor(
    private readonly records: TranslationRecords,
    private readonly qa: QaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * A translation as this user may see it (404 otherwise); for claiming, a released one is open
   * to every translator of its pair, who cannot see it yet.
   */
  async translation(
    user: UserSummary,
    id: number,
    openToClaim: boolean,
  ): Promise<LoadedTranslation> {
    const record = await this.records.loadFor(user, id).catch(async (error: unknown) => {
      if (!openToClaim) throw error;
      const found = await this.records.load(id);
      if (found.translation.claimedById === null && worksInPair(user, found.participation.pair))
        return found;
      throw error;
    });
    return {
      record,
      facts: {
        user,
        status: record.translation.status,
        participation: record.participation,
        selfApproval: this.config.selfApproval === 'editor',
      },
    };
  }

  /** Every live unit with its notes and review events, in text order. */
  async units(translationId: number): Promise<LoadedUnit[]> {
    const units = await this.records.units(translationId);
    if (units.length === 0) return [];
    const ids = units.map((u) => u.unit.id);
    const m = this.records.manager;
    const [notes, events] = await Promise.all([
      m.find(Footnote, {
        where: { unitId: In(ids) },
        order: { unitId: 'ASC', start: 'ASC', id: 'ASC' },
      }),
      m.find(ReviewEvent, { where: { unitId: In(ids) }, order: { id: 'ASC' } }),
    ]);
    return units.map((item) => this.unitOf(item, notes, events));
  }

  async unit(translationId: number, unitId: number): Promise<LoadedUnit> {
    const m = this.records.manager;
    const item = await this.records.unit(m, translationId, unitId);
    const [notes, events] = await Promise.all([
      m.find(Footnote, { where: { unitId }, order: { start: 'ASC', id: 'ASC' } }),
      m.find(ReviewEvent, { where: { unitId }, order: { id: 'ASC' } }),
    ]);
    return this.unitOf(item, notes, events);
  }

  /** What submitting needs to know of every unit, QA included. */
  async submitFacts(loaded: LoadedTranslation, units: LoadedUnit[]): Promise<SubmitUnitFacts[]> {
    const { source, translation } = loaded.record;
    const out: SubmitUnitFacts[] = [];
    for (const { unit, segment, footnotes } of units) {
      const findings = unit.text
        ? await this.qa.findings(
            source.language,
            translation.targetLanguage,
            segment.text,
            unit.text,
          )
        : [];
      out.push({
        position: (segment.position ?? 0) + 1,
        status: unit.status,
        text: unit.text,
        lostNotes: footnotes.filter((f) => f.lost).length,
        blockingFinding: hasBlockingFinding(findings),
      });
    }
    return out;
  }

  private unitOf(item: UnitWithSegment, notes: Footnote[], events: ReviewEvent[]): LoadedUnit {
    const { unit, segment } = item;
    const footnotes = notes.filter((f) => f.unitId === unit.id);
    const unitEvents = events.filter((e) => e.unitId === unit.id);
    return {
      ...item,
      footnotes,
      events: unitEvents,
      facts: {
        status: unit.status,
        authorId: unit.authorId,
        kind: segment.kind,
        noteAuthorIds: [
          ...new Set(footnotes.map((f) => f.authorId).filter((v): v is number => v !== null)),
        ],
        approverIds: approversOf(unitEvents, unit.version),
      },
    };
  }
}
