import { Inject, Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { DomainEvents } from '../common/domain-events.js';
import {
  ConflictError,
  DomainError,
  ValidationFailed,
  type FieldError,
} from '../common/errors/domain-error.js';
import { renderInlineMarkdown } from '../common/text/markdown.rules.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { FootnotesService } from '../translations/footnotes.service.js';
import { slugify } from '../common/slug.rules.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { InitiativesService } from '../sources/initiatives.service.js';
import { SourceQueriesService } from '../sources/source-queries.service.js';
import { ReviewEvent } from '../translations/review-event.entity.js';
import { translationRelations } from '../translations/translation-access.rules.js';
import {
  TranslationRecords,
  type TranslationRecord,
  type UnitWithSegment,
} from '../translations/translation-records.js';
import { translationWorkflow } from '../translations/translation-workflow.rules.js';
import { Translation } from '../translations/translation.entity.js';
import { UnitRevision } from '../translations/unit-revision.entity.js';
import { allowedOrThrow } from '../translations/workflow-refusal.js';
import type { UserSummary } from '../users/user.entity.js';
import { PublicationContributions } from './publication-contributions.js';
import {
  attributionProblems,
  type PublishedFootnote,
  publishedBlocks,
  summaryOf,
  type PublicationContent,
  type PublishedAttribution,
} from './publication-content.rules.js';
import { PublicationCredit } from './publication-credit.entity.js';
import { PublicationTag } from './publication-tag.entity.js';
import { Publication } from './publication.entity.js';

/**
 * Publishing an approved translation through the gate into an immutable Publication, and
 * unpublishing it. Readers only ever read publications.
 */
@Injectable()
export class PublishingService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly records: TranslationRecords,
    private readonly sources: SourceQueriesService,
    private readonly initiatives: InitiativesService,
    private readonly contributions: PublicationContributions,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly footnotes: FootnotesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async publish(
    user: UserSummary,
    translationId: number,
    input: { changeNote?: string | undefined; version?: number | undefined },
  ): Promise<Publication> {
    return this.transactions.write(async (m) => {
      const record = await this.records.loadFor(user, translationId, m);
      const { translation } = record;
      const to = allowedOrThrow(
        translationWorkflow.decide(translation.status, 'publish', {
          roles: user.roles,
          relations: translationRelations(user.id, record.participation),
        }),
      );
      if (input.version !== undefined && input.version !== translation.version) {
        throw new ConflictError(
          'errors:stale-write',
          { version: translation.version, status: translation.status },
          { version: input.version },
        );
      }
      const units = await this.records.units(translationId, m);
      if (units.some(({ unit }) => unit.status !== 'approved'))
        throw new DomainError('invalid', 'publications:units-not-approved');
      const content = await this.content(m, record, units);
      const problems = [
        ...attributionProblems(content.attribution, content.title).map((p) => ({
          field: 'gate',
          key: `publications:gate.${p}`,
          params: {},
        })),
        ...(await this.footnoteProblems(m, translationId)),
        ...(await this.contributions.gateProblems(m, record, units, content)),
      ];
      if (problems.length) throw new ValidationFailed(problems);
      const previous = await m.findOne(Publication, {
        where: { translationId },
        order: { version: 'DESC' },
      });
      const changeNote = input.changeNote?.trim() ?? '';
      if (previous && !changeNote)
        throw ValidationFailed.field('changeNote', 'publications:change-note-required');
      const now = new Date();
      const publication = await m.save(
        m.create(Publication, {
          translationId,
          sourceId: record.source.id,
          initiativeId: record.source.initiativeId,
          language: translation.targetLanguage,
          sourceLanguage: record.source.language,
          slug: previous?.slug ?? (await this.freeSlug(m, content.title)),
          version: (previous?.version ?? 0) + 1,
          title: content.title,
          summary: summaryOf(content.blocks),
          content,
          changeNote,
          originalDate: record.source.publishedDate,
          publishedAt: now,
          publishedById: user.id,
          withdrawnAt: null,
          withdrawnReason: '',
          withdrawnById: null,
        }),
      );
      await this.saveCredits(m, publication.id, units);
      const { tags } = await this.sources.get(record.source.id);
      if (tags.length)
        await m.insert(
          PublicationTag,
          tags.map((tag) => ({ publicationId: publication.id, tag })),
        );
      await this.contributions.afterPublish(m, publication);
      await m.update(
        Translation,
        { id: translationId },
        { status: to, version: translation.version + 1, updatedAt: now },
      );
      await this.audit.record(m, {
        actorId: user.id,
        action: 'publication.published',
        objectType: 'translation',
        objectId: translationId,
        details: { publicationId: publication.id, version: publication.version },
      });
      await this.events.emit(m, 'publication.published', {
        publicationId: publication.id,
        translationId,
        actorId: user.id,
        version: publication.version,
      });
      return publication;
    });
  }

  /** Takes a translation off the site: every version of it answers 404 from now on. */
  async unpublish(user: UserSummary, translationId: number, reason: string): Promise<void> {
    if (!reason.trim()) throw ValidationFailed.field('reason', 'publications:reason-required');
    await this.transactions.write(async (m) => {
      const record = await this.records.loadFor(user, translationId, m);
      const to = allowedOrThrow(
        translationWorkflow.decide(record.translation.status, 'unpublish', {
          roles: user.roles,
          relations: [],
        }),
      );
      const now = new Date();
      await m.update(
        Publication,
        { translationId },
        { withdrawnAt: now, withdrawnReason: reason.trim(), withdrawnById: user.id },
      );
      await m.update(
        Translation,
        { id: translationId },
        { status: to, version: record.translation.version + 1, updatedAt: now },
      );
      await this.audit.record(m, {
        actorId: user.id,
        action: 'publication.withdrawn',
        objectType: 'translation',
        objectId: translationId,
        details: { reason: reason.trim() },
      });
      await this.events.emit(m, 'publication.withdrawn', { translationId, actorId: user.id });
    });
  }

  private async content(
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
    const selfReviewed =
      (await m.countBy(ReviewEvent, { translationId: record.translation.id, selfApproval: true })) >
      0;
    const footnotes = await this.publishedFootnotes(m, record.translation.id, units);
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
  private async publishedFootnotes(
    m: EntityManager,
    translationId: number,
    units: UnitWithSegment[],
  ): Promise<PublishedFootnote[]> {
    const blockOf = new Map(
      units.filter((u) => u.segment.kind !== 'title').map((u, index) => [u.unit.id, index]),
    );
    const notes = (await this.footnotes.forTranslation(translationId, m))
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

  private async footnoteProblems(m: EntityManager, translationId: number): Promise<FieldError[]> {
    if (!this.config.publishGate) return [];
    const pending = (await this.footnotes.forTranslation(translationId, m)).filter(
      (f) => f.lost || f.status !== 'approved',
    );
    return pending.length
      ? [{ field: 'gate', key: 'publications:gate.footnotes', params: { count: pending.length } }]
      : [];
  }

  private async saveCredits(
    m: EntityManager,
    publicationId: number,
    units: UnitWithSegment[],
  ): Promise<void> {
    const unitIds = units.map((u) => u.unit.id);
    if (unitIds.length === 0) return;
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
    const translators = [
      ...new Set(revisions.map((r) => r.authorId).filter((v): v is number => v !== null)),
    ];
    const reviewers = new Map<number, boolean>();
    for (const a of approvals)
      if (a.actorId !== null)
        reviewers.set(a.actorId, (reviewers.get(a.actorId) ?? false) || a.selfApproval);
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

  private async freeSlug(m: EntityManager, title: string): Promise<string> {
    const base = slugify(title, 80);
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if ((await m.countBy(Publication, { slug })) === 0) return slug;
    }
  }
}
