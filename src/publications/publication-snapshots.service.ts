import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FieldError } from '../common/errors/domain-error.js';
import { renderInlineMarkdown } from '../common/text/markdown.rules.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { InitiativesService } from '../sources/initiatives.service.js';
import { FootnotesService } from '../translations/footnotes.service.js';
import {
  TranslationRecords,
  type TranslationRecord,
  type UnitWithSegment,
} from '../translations/translation-records.js';
import { PublicationContributions } from './publication-contributions.js';
import {
  publishedBlocks,
  type PublicationContent,
  type PublishedAttribution,
  type PublishedFootnote,
} from './publication-content.rules.js';
import { PublicationCredit } from './publication-credit.entity.js';

/**
 * What a publication freezes at the moment of publishing: its content (blocks, numbered notes,
 * attribution, contributions of other modules) and its credits. Nothing here reads a
 * publication back; later edits to the translation never reach one already made.
 */
@Injectable()
export class PublicationSnapshots {
  constructor(
    private readonly initiatives: InitiativesService,
    private readonly contributions: PublicationContributions,
    private readonly footnotes: FootnotesService,
    private readonly records: TranslationRecords,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async content(
    m: EntityManager,
    record: TranslationRecord,
    units: UnitWithSegment[],
  ): Promise<PublicationContent> {
    const { source } = record;
    const initiative = await this.initiatives.get(source.initiativeId);
    const attribution: PublishedAttribution = {
      initiative: {
        id: initiative.id,
        slug: initiative.slug,
        nameOriginal: initiative.nameOriginal,
        nameEn: initiative.nameEn,
        siteUrl: initiative.siteUrl,
        undesirable: initiative.undesirable,
        foreignAgent: initiative.foreignAgent,
        foreignAgentLabel: initiative.foreignAgentLabel,
      },
      originalTitle: source.title,
      originalUrl: source.originalUrl,
      archiveUrl: source.archiveUrl,
      originalDate: source.publishedDate,
      originalDatePrecision: source.publishedPrecision,
      authors: source.authors,
      licence: source.licence,
      licenceEvidence: source.licenceEvidence,
    };
    const selfReviewed = await this.records.selfReviewed(record.translation.id);
    const footnotes = await this.publishedFootnotes(record.translation.id, units);
    const base: PublicationContent = {
      ...publishedBlocks(
        units.map(({ unit, segment }) => ({
          kind: segment.kind,
          level: segment.level,
          source: segment.text,
          target: unit.text,
        })),
      ),
      footnotes,
      explainers: [],
      attribution,
      selfReviewed,
    };
    return this.contributions.extend(m, record, units, base);
  }

  /** Numbered in reading order; only approved notes pass the gate (unless it is switched off). */
  async publishedFootnotes(
    translationId: number,
    units: UnitWithSegment[],
  ): Promise<PublishedFootnote[]> {
    const blockOf = new Map(
      units.filter((u) => u.segment.kind !== 'title').map((u, index) => [u.unit.id, index]),
    );
    const notes = (await this.footnotes.forTranslation(translationId))
      .filter(
        (f) =>
          !f.lost && blockOf.has(f.unitId) && (f.status === 'approved' || !this.config.publishGate),
      )
      .sort(
        (a, b) =>
          blockOf.get(a.unitId)! - blockOf.get(b.unitId)! || a.start - b.start || a.id - b.id,
      );
    return notes.map((f, index) => ({
      number: index + 1,
      blockIndex: blockOf.get(f.unitId)!,
      start: f.start,
      end: f.end,
      noteHtml: renderInlineMarkdown(f.note),
    }));
  }

  async footnoteProblems(translationId: number): Promise<FieldError[]> {
    if (!this.config.publishGate) return [];
    const pending = (await this.footnotes.forTranslation(translationId)).filter(
      (f) => f.lost || f.status !== 'approved',
    );
    return pending.length
      ? [{ field: 'gate', key: 'publications:gate.footnotes', params: { count: pending.length } }]
      : [];
  }

  async saveCredits(
    m: EntityManager,
    publicationId: number,
    units: UnitWithSegment[],
  ): Promise<void> {
    const { translatorIds: translators, reviewers } = await this.records.credits(
      units.map((u) => u.unit.id),
    );
    const credits = [
      ...translators.map((userId) => ({
        publicationId,
        userId,
        role: 'translator' as const,
        selfReviewed: false,
      })),
      ...[...reviewers].map(([userId, selfReviewed]) => ({
        publicationId,
        userId,
        role: 'reviewer' as const,
        selfReviewed,
      })),
    ];
    if (credits.length) await m.insert(PublicationCredit, credits);
  }
}
