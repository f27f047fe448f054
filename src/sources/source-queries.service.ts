import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { notFound } from '../common/errors/domain-error.js';
import type { TextLanguage } from '../config/language-pairs.rules.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { SegmentsService } from '../segments/segments.service.js';
import type { Segment } from '../segments/segment.entity.js';
import { SourceRevision } from './source-revision.entity.js';
import { SourceTag } from './source-tag.entity.js';
import { SourceText } from './source-text.entity.js';
import type { SourceKind } from './source-vocabulary.js';

export interface SourceFilter {
  initiativeId?: number | undefined;
  language?: TextLanguage | undefined;
  kind?: SourceKind | undefined;
  tag?: string | undefined;
  /** Restricts to these ids (another feature's filter, e.g. translation state). */
  ids?: number[] | undefined;
  excludeIds?: number[] | undefined;
  page?: number;
  pageSize?: number;
}

export interface SourceListItem {
  source: SourceText;
  tags: string[];
  segmentCount: number;
}

/** Reading source texts: lists with filters, one text with its segments, its revisions. */
@Injectable()
export class SourceQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly segments: SegmentsService,
  ) {}

  async list(
    filter: SourceFilter,
  ): Promise<{ items: SourceListItem[]; total: number; page: number; pageSize: number }> {
    const page = Math.max(1, filter.page ?? 1);
    const pageSize = Math.min(100, Math.max(1, filter.pageSize ?? 25));
    const qb = this.dataSource.getRepository(SourceText).createQueryBuilder('s');
    if (filter.initiativeId)
      qb.andWhere('s.initiative_id = :initiativeId', { initiativeId: filter.initiativeId });
    if (filter.language) qb.andWhere('s.language = :language', { language: filter.language });
    if (filter.kind) qb.andWhere('s.kind = :kind', { kind: filter.kind });
    if (filter.tag)
      qb.innerJoin(SourceTag, 't', 't.source_id = s.id AND t.tag = :tag', {
        tag: filter.tag.toLowerCase(),
      });
    if (filter.ids)
      qb.andWhere(filter.ids.length ? 's.id IN (:...ids)' : '1 = 0', { ids: filter.ids });
    if (filter.excludeIds?.length)
      qb.andWhere('s.id NOT IN (:...excludeIds)', { excludeIds: filter.excludeIds });
    const [sources, total] = await qb
      .orderBy('s.updated_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const ids = sources.map((s) => s.id);
    const [tags, counts] = await Promise.all([this.tagsOf(ids), this.segments.countActive(ids)]);
    return {
      items: sources.map((source) => ({
        source,
        tags: tags.get(source.id) ?? [],
        segmentCount: counts.get(source.id) ?? 0,
      })),
      total,
      page,
      pageSize,
    };
  }

  async get(id: number): Promise<{ source: SourceText; tags: string[]; segments: Segment[] }> {
    const source = await this.dataSource.getRepository(SourceText).findOneBy({ id });
    if (!source) throw notFound();
    const [tags, segments] = await Promise.all([this.tagsOf([id]), this.segments.active(id)]);
    return { source, tags: tags.get(id) ?? [], segments };
  }

  async find(id: number): Promise<SourceText | null> {
    return this.dataSource.getRepository(SourceText).findOneBy({ id });
  }

  async byIds(ids: number[]): Promise<SourceText[]> {
    return ids.length ? this.dataSource.getRepository(SourceText).findBy({ id: In(ids) }) : [];
  }

  /** Title and language of these source texts, without their bodies. */
  async titles(ids: number[]): Promise<Map<number, { title: string; language: TextLanguage }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.transactions.manager.find(SourceText, {
      where: { id: In(ids) },
      select: { id: true, title: true, language: true },
    });
    return new Map(rows.map((r) => [r.id, { title: r.title, language: r.language }]));
  }

  /** Which of these ids are source texts (inside the caller's transaction). */
  async existingIds(ids: number[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = await this.transactions.manager.find(SourceText, {
      where: { id: In(ids) },
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  async revisions(sourceId: number): Promise<SourceRevision[]> {
    return this.dataSource.getRepository(SourceRevision).find({
      where: { sourceId },
      order: { revision: 'DESC' },
      select: {
        id: true,
        sourceId: true,
        revision: true,
        title: true,
        changes: true,
        createdById: true,
        createdAt: true,
        contentHash: true,
      },
    });
  }

  async revision(sourceId: number, revision: number): Promise<SourceRevision> {
    const found = await this.dataSource
      .getRepository(SourceRevision)
      .findOneBy({ sourceId, revision });
    if (!found) throw notFound();
    return found;
  }

  async tags(): Promise<string[]> {
    const rows = (await this.dataSource
      .getRepository(SourceTag)
      .createQueryBuilder('t')
      .select('DISTINCT t.tag', 'tag')
      .orderBy('t.tag')
      .getRawMany()) as { tag: string }[];
    return rows.map((r) => r.tag);
  }

  private async tagsOf(ids: number[]): Promise<Map<number, string[]>> {
    const map = new Map<number, string[]>();
    if (ids.length === 0) return map;
    const rows = await this.dataSource
      .getRepository(SourceTag)
      .find({ where: { sourceId: In(ids) }, order: { tag: 'ASC' } });
    for (const row of rows) map.set(row.sourceId, [...(map.get(row.sourceId) ?? []), row.tag]);
    return map;
  }
}
