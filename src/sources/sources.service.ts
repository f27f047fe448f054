import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { DomainEvents } from '../common/domain-events.js';
import { ValidationFailed, notFound, type FieldError } from '../common/errors/domain-error.js';
import { parsePartialDate } from '../common/partial-date.rules.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { updateVersioned } from '../database/versioned-update.js';
import { SegmentsService } from '../segments/segments.service.js';
import { InitiativesService } from './initiatives.service.js';
import { normaliseBody, parseBlocks } from './source-blocks.rules.js';
import { SourceRevision } from './source-revision.entity.js';
import { SourceTag } from './source-tag.entity.js';
import type { CreateSourceDto } from './source-text.dto.js';
import { SourceText } from './source-text.entity.js';

/**
 * Writing source texts: create (pasted or imported) and edit. An edit of the title or body is a
 * new revision; segments are re-aligned so work on unchanged ones is kept, and the change is
 * announced (`source.revised`) so translations can mark affected units outdated.
 */
@Injectable()
export class SourcesService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly segments: SegmentsService,
    private readonly initiatives: InitiativesService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(actorId: number | null, input: CreateSourceDto): Promise<SourceText> {
    const { body, published } = this.check(input);
    const derived = this.segments.derive(input.language, input.title, parseBlocks(body));
    const work = async (m: EntityManager) => {
      await this.assertInitiative(m, input.initiativeId);
      const now = new Date();
      const hash = contentHash(input.title, body);
      const source = await m.save(
        m.create(SourceText, {
          ...this.fields(input, body, published),
          revision: 1,
          contentHash: hash,
          version: 1,
          createdById: actorId,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.segments.create(m, source.id, derived, 1);
      await m.insert(SourceRevision, {
        sourceId: source.id,
        revision: 1,
        title: source.title,
        body,
        contentHash: hash,
        changes: { changed: [], added: [], removed: [], unchanged: 0 },
        createdById: actorId,
        createdAt: now,
      });
      await this.saveTags(m, source.id, input.tags ?? []);
      await this.events.emit(m, 'source.created', {
        sourceId: source.id,
        language: source.language,
        actorId,
      });
      await this.audit.record(m, {
        actorId,
        action: 'source.created',
        objectType: 'source',
        objectId: source.id,
        details: { segments: derived.length },
      });
      return source;
    };
    return this.transactions.write(work);
  }

  /** Returns the source and, when the text changed, the new revision number. */
  async update(
    actorId: number,
    id: number,
    version: number,
    input: CreateSourceDto,
  ): Promise<{ source: SourceText; newRevision: number | null }> {
    const { body, published } = this.check(input);
    const derived = this.segments.derive(input.language, input.title, parseBlocks(body));
    return this.transactions.write(async (m) => {
      const current = await m.findOneBy(SourceText, { id });
      if (!current) throw notFound();
      await this.assertInitiative(m, input.initiativeId);
      if (current.language !== input.language)
        throw ValidationFailed.field('language', 'sources:language-fixed');
      const hash = contentHash(input.title, body);
      const textChanged = hash !== current.contentHash;
      const revision = textChanged ? current.revision + 1 : current.revision;
      const source = await updateVersioned(
        m,
        SourceText,
        id,
        version,
        {
          ...this.fields(input, body, published),
          revision,
          contentHash: hash,
          updatedAt: new Date(),
        },
        (c) => ({ text: c.body, title: c.title }),
      );
      await m.delete(SourceTag, { sourceId: id });
      await this.saveTags(m, id, input.tags ?? []);
      if (textChanged) {
        const result = await this.segments.revise(m, id, derived, revision);
        await m.insert(SourceRevision, {
          sourceId: id,
          revision,
          title: input.title,
          body,
          contentHash: hash,
          changes: result.changes,
          createdById: actorId,
          createdAt: new Date(),
        });
        await this.events.emit(m, 'source.revised', {
          sourceId: id,
          revision,
          actorId,
          changedSegmentIds: result.changedIds,
          addedSegmentIds: result.addedIds,
          removedSegmentIds: result.removedIds,
        });
      }
      await this.audit.record(m, {
        actorId,
        action: textChanged ? 'source.revised' : 'source.updated',
        objectType: 'source',
        objectId: id,
        details: { revision },
      });
      return { source, newRevision: textChanged ? revision : null };
    });
  }

  private fields(input: CreateSourceDto, body: string, published: string | null) {
    return {
      initiativeId: input.initiativeId,
      language: input.language,
      kind: input.kind,
      title: input.title,
      body,
      originalUrl: input.originalUrl ?? null,
      archiveUrl: input.archiveUrl ?? null,
      publishedDate: published,
      publishedPrecision: published ? (input.publishedPrecision ?? 'day') : null,
      authors: input.authors ?? [],
      licence: input.licence,
      licenceEvidence: input.licence === 'permission' ? (input.licenceEvidence ?? '') : '',
      legalReferences: (input.legalReferences ?? []).map((r) => ({
        code: r.code,
        article: r.article,
        ...(r.part ? { part: r.part } : {}),
      })),
    };
  }

  /** Checks that need configuration or several fields at once; all problems reported together. */
  private check(input: CreateSourceDto): { body: string; published: string | null } {
    const problems: FieldError[] = [];
    const sourceLanguages = new Set(this.config.languagePairs.map((p) => p.source));
    if (!sourceLanguages.has(input.language)) {
      problems.push({
        field: 'language',
        key: 'sources:language-not-configured',
        params: { language: input.language },
      });
    }
    const body = normaliseBody(input.body);
    const bytes = Buffer.byteLength(body, 'utf8');
    if (bytes > this.config.maxTextBytes) {
      problems.push({
        field: 'body',
        key: 'sources:body-too-large',
        params: { max: this.config.maxTextBytes },
      });
    } else if (body.trim() === '') {
      problems.push({ field: 'body', key: 'validation:required', params: {} });
    }
    let published: string | null = null;
    if (input.publishedDate) {
      const parsed = parsePartialDate(input.publishedDate, input.publishedPrecision ?? 'day');
      if (parsed.ok) published = parsed.date;
      else problems.push({ field: 'publishedDate', key: parsed.key, params: {} });
    }
    if (input.licence === 'permission' && !input.licenceEvidence) {
      problems.push({
        field: 'licenceEvidence',
        key: 'sources:licence-evidence-required',
        params: {},
      });
    }
    if (problems.length) throw new ValidationFailed(problems);
    return { body, published };
  }

  private async assertInitiative(m: EntityManager, id: number): Promise<void> {
    if (!(await this.initiatives.exists(m, id)))
      throw ValidationFailed.field('initiativeId', 'sources:unknown-initiative');
  }

  private async saveTags(m: EntityManager, sourceId: number, tags: string[]): Promise<void> {
    const unique = [...new Set(tags.map((t) => t.toLowerCase()))];
    if (unique.length)
      await m.insert(
        SourceTag,
        unique.map((tag) => ({ sourceId, tag })),
      );
  }
}

export function contentHash(title: string, body: string): string {
  return createHash('sha256').update(title).update('\u0000').update(body).digest('hex');
}
