import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { DomainEvents } from '../common/domain-events.js';
import { ConflictError, DomainError, ValidationFailed } from '../common/errors/domain-error.js';
import { slugify } from '../common/slug.rules.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { updateVersioned } from '../database/versioned-update.js';
import { SourceQueriesService } from '../sources/source-queries.service.js';
import { translationRelations } from '../translations/translation-access.rules.js';
import { TranslationRecords } from '../translations/translation-records.js';
import { translationWorkflow } from '../translations/translation-workflow.rules.js';
import { Translation } from '../translations/translation.entity.js';
import { allowedOrThrow } from '../common/workflow-refusal.js';
import type { UserSummary } from '../users/user.entity.js';
import { PublicationContributions } from './publication-contributions.js';
import { attributionProblems, summaryOf } from './publication-content.rules.js';
import { PublicationSnapshots } from './publication-snapshots.service.js';
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
    private readonly contributions: PublicationContributions,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly snapshots: PublicationSnapshots,
  ) {}

  async publish(
    user: UserSummary,
    translationId: number,
    input: { changeNote?: string | undefined; version: number },
  ): Promise<Publication> {
    return this.transactions.write(async (m) => {
      const record = await this.records.loadFor(user, translationId);
      const { translation } = record;
      const to = allowedOrThrow(
        translationWorkflow.decide(translation.status, 'publish', {
          roles: user.roles,
          relations: translationRelations(user.id, record.participation),
        }),
      );
      refuseStale(translation, input.version);
      const units = await this.records.units(translationId);
      if (units.some(({ unit }) => unit.status !== 'approved'))
        throw new DomainError('invalid', 'publications:units-not-approved');
      const content = await this.snapshots.content(m, record, units);
      const problems = [
        ...attributionProblems(content.attribution, content.title).map((p) => ({
          field: 'gate',
          key: `publications:gate.${p}`,
          params: {},
        })),
        ...(await this.snapshots.footnoteProblems(translationId)),
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
      await this.snapshots.saveCredits(m, publication.id, units);
      const { tags } = await this.sources.get(record.source.id);
      if (tags.length)
        await m.insert(
          PublicationTag,
          tags.map((tag) => ({ publicationId: publication.id, tag })),
        );
      await this.contributions.afterPublish(m, publication);
      await updateVersioned(
        m,
        Translation,
        translationId,
        input.version,
        { status: to, updatedAt: now },
        (c) => ({ status: c.status }),
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
  async unpublish(
    user: UserSummary,
    translationId: number,
    input: { reason: string; version: number },
  ): Promise<void> {
    const reason = input.reason;
    if (!reason.trim()) throw ValidationFailed.field('reason', 'publications:reason-required');
    await this.transactions.write(async (m) => {
      const record = await this.records.loadFor(user, translationId);
      refuseStale(record.translation, input.version);
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
      await updateVersioned(
        m,
        Translation,
        translationId,
        input.version,
        { status: to, updatedAt: now },
        (c) => ({ status: c.status }),
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

  private async freeSlug(m: EntityManager, title: string): Promise<string> {
    const base = slugify(title, 80);
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if ((await m.countBy(Publication, { slug })) === 0) return slug;
    }
  }
}

/** A person's write carries the translation version they read; a stale one is a conflict. */
function refuseStale(translation: Translation, version: number): void {
  if (translation.version !== version) {
    throw new ConflictError(
      'errors:stale-write',
      { version: translation.version, status: translation.status },
      { version },
    );
  }
}
