import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ValidationFailed } from '../common/errors/domain-error.js';
import { slugify } from '../common/slug.rules.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { SourceQueriesService } from '../sources/source-queries.service.js';
import { TranslationLifecycle } from '../translations/translation-lifecycle.service.js';
import type { TranslationRecord, UnitWithSegment } from '../translations/translation-records.js';
import type { UserSummary } from '../users/user.entity.js';
import { PublicationContributions } from './publication-contributions.js';
import { attributionProblems, summaryOf } from './publication-content.rules.js';
import { PublicationSnapshots } from './publication-snapshots.service.js';
import { PublicationTag } from './publication-tag.entity.js';
import { Publication } from './publication.entity.js';

/**
 * Publishing an approved translation through the gate into an immutable Publication, and
 * unpublishing it. The translation's steps are the lifecycle's (its checks, version, audit and
 * event); this service writes only the publications. Readers only ever read publications.
 */
@Injectable()
export class PublishingService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lifecycle: TranslationLifecycle,
    private readonly sources: SourceQueriesService,
    private readonly contributions: PublicationContributions,
    private readonly snapshots: PublicationSnapshots,
  ) {}

  async publish(
    user: UserSummary,
    translationId: number,
    input: { changeNote?: string | undefined; version: number },
  ): Promise<Publication> {
    let publication: Publication | undefined;
    await this.lifecycle.apply(user, 'publish', { translationId }, input.version, {
      publish: async (loaded, units) => {
        publication = await this.snapshot(user, loaded.record, units, input.changeNote);
        return { publicationId: publication.id, version: publication.version };
      },
    });
    return publication!;
  }

  /** Takes a translation off the site: every version of it answers 404 from now on. */
  async unpublish(
    user: UserSummary,
    translationId: number,
    input: { reason: string; version: number },
  ): Promise<void> {
    const reason = input.reason.trim();
    if (!reason) throw ValidationFailed.field('reason', 'publications:reason-required');
    await this.lifecycle.apply(user, 'unpublish', { translationId }, input.version, {
      reason,
      takeDown: async () => {
        await this.transactions.manager.update(
          Publication,
          { translationId },
          { withdrawnAt: new Date(), withdrawnReason: reason, withdrawnById: user.id },
        );
      },
    });
  }

  /** The immutable snapshot, once the lifecycle let the step through; a failed gate undoes it all. */
  private async snapshot(
    user: UserSummary,
    record: TranslationRecord,
    units: UnitWithSegment[],
    rawChangeNote: string | undefined,
  ): Promise<Publication> {
    const m = this.transactions.manager;
    const translationId = record.translation.id;
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
    const changeNote = rawChangeNote?.trim() ?? '';
    if (previous && !changeNote)
      throw ValidationFailed.field('changeNote', 'publications:change-note-required');
    const publication = await m.save(
      m.create(Publication, {
        translationId,
        sourceId: record.source.id,
        initiativeId: record.source.initiativeId,
        language: record.translation.targetLanguage,
        sourceLanguage: record.source.language,
        slug: previous?.slug ?? (await this.freeSlug(m, content.title)),
        version: (previous?.version ?? 0) + 1,
        title: content.title,
        summary: summaryOf(content.blocks),
        content,
        changeNote,
        originalDate: record.source.publishedDate,
        publishedAt: new Date(),
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
    return publication;
  }

  private async freeSlug(m: EntityManager, title: string): Promise<string> {
    const base = slugify(title, 80);
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if ((await m.countBy(Publication, { slug })) === 0) return slug;
    }
  }
}
