import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { notFound } from '../common/errors/domain-error.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../config/language-pairs.rules.js';
import { InitiativesService } from '../sources/initiatives.service.js';
import { UsersService } from '../users/users.service.js';
import { PublicationCredit, type CreditRole } from './publication-credit.entity.js';
import { PublicationTag } from './publication-tag.entity.js';
import { Publication } from './publication.entity.js';

export interface Credit {
  role: CreditRole;
  /** Null once the account was deleted: shown as "former volunteer". */
  handle: string | null;
  selfReviewed: boolean;
}

export interface PublicationListFilter {
  language?: TextLanguage | undefined;
  initiativeId?: number | undefined;
  tag?: string | undefined;
  page?: number;
  pageSize?: number;
}

/** What lists, feeds and the sitemap show of a publication: never its (large) content. */
export interface PublicationSummary {
  id: number;
  translationId: number;
  sourceId: number;
  initiativeId: number;
  language: TextLanguage;
  slug: string;
  version: number;
  title: string;
  summary: string;
  publishedAt: Date;
}

export interface PublicationSummaryFilter {
  language?: TextLanguage | undefined;
  initiativeId?: number | undefined;
  tag?: string | undefined;
  offset?: number;
  limit: number;
}

const SUMMARY_COLUMNS = [
  'p.id',
  'p.translationId',
  'p.sourceId',
  'p.initiativeId',
  'p.language',
  'p.slug',
  'p.version',
  'p.title',
  'p.summary',
  'p.publishedAt',
];

/** Reading publications: only what is published and not withdrawn ever leaves here. */
@Injectable()
export class PublicationQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly initiatives: InitiativesService,
  ) {}

  /** The current version of a text, or 404 (withdrawn and unknown texts look the same). */
  async current(slug: string): Promise<Publication> {
    const latest = await this.dataSource
      .getRepository(Publication)
      .findOne({ where: { slug }, order: { version: 'DESC' } });
    if (!latest || latest.withdrawnAt) throw notFound();
    return latest;
  }

  async version(
    slug: string,
    version: number,
  ): Promise<{ publication: Publication; latest: Publication }> {
    const latest = await this.current(slug);
    const publication = await this.dataSource
      .getRepository(Publication)
      .findOneBy({ slug, version });
    if (!publication) throw notFound();
    return { publication, latest };
  }

  /** Every version of a text, newest first, for the correction history. */
  async versions(translationId: number): Promise<Publication[]> {
    return this.dataSource.getRepository(Publication).find({
      where: { translationId, withdrawnAt: IsNull() },
      order: { version: 'DESC' },
      select: {
        id: true,
        slug: true,
        version: true,
        publishedAt: true,
        changeNote: true,
        translationId: true,
      },
    });
  }

  /** The same text in other languages (other translations of the same original). */
  async otherLanguages(publication: Publication): Promise<Publication[]> {
    const all = await this.latestPerTranslation({ sourceIds: [publication.sourceId] });
    return all.filter((p) => p.translationId !== publication.translationId);
  }

  /** The newest version of every live text, newest first. */
  async latest(
    filter: PublicationListFilter = {},
  ): Promise<{ items: Publication[]; total: number; page: number; pageSize: number }> {
    const page = Math.max(1, filter.page ?? 1);
    const pageSize = Math.min(100, Math.max(1, filter.pageSize ?? 20));
    const [items, total] = await this.filteredLatest(filter)
      .orderBy('p.published_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items, total, page, pageSize };
  }

  async latestPerTranslation(filter: {
    sourceIds?: number[];
    translationIds?: number[];
  }): Promise<Publication[]> {
    const qb = this.latestQuery();
    if (filter.sourceIds)
      qb.andWhere(filter.sourceIds.length ? 'p.source_id IN (:...sourceIds)' : '1 = 0', {
        sourceIds: filter.sourceIds,
      });
    if (filter.translationIds) {
      qb.andWhere(
        filter.translationIds.length ? 'p.translation_id IN (:...translationIds)' : '1 = 0',
        { translationIds: filter.translationIds },
      );
    }
    return qb.getMany();
  }

  async credits(publicationId: number): Promise<Credit[]> {
    const rows = await this.dataSource.getRepository(PublicationCredit).findBy({ publicationId });
    const handles = await this.users.handlesOf(rows.map((r) => r.userId));
    return rows
      .map((r) => ({
        role: r.role,
        handle: handles.get(r.userId) ?? null,
        selfReviewed: r.selfReviewed,
      }))
      .sort(
        (a, b) => a.role.localeCompare(b.role) || (a.handle ?? '~').localeCompare(b.handle ?? '~'),
      );
  }

  async tags(publicationIds: number[]): Promise<Map<number, string[]>> {
    const map = new Map<number, string[]>();
    if (publicationIds.length === 0) return map;
    const rows = await this.dataSource
      .getRepository(PublicationTag)
      .find({ where: { publicationId: In(publicationIds) }, order: { tag: 'ASC' } });
    for (const row of rows)
      map.set(row.publicationId, [...(map.get(row.publicationId) ?? []), row.tag]);
    return map;
  }

  /**
   * Current texts, newest first, without content and without a count: `limit` rows from
   * `offset`. Unfiltered, it reads each language's (language, published_at) index and merges,
   * so the cost stays flat as the archive grows.
   */
  async summaries(filter: PublicationSummaryFilter): Promise<PublicationSummary[]> {
    const offset = Math.max(0, filter.offset ?? 0);
    const limit = Math.min(500, Math.max(1, filter.limit));
    if (!filter.language && !filter.initiativeId && !filter.tag) {
      const perLanguage = await Promise.all(
        TEXT_LANGUAGES.map((language) => this.summaries({ language, limit: offset + limit })),
      );
      return perLanguage
        .flat()
        .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id)
        .slice(offset, offset + limit);
    }
    const qb = this.filteredLatest(filter).select(SUMMARY_COLUMNS);
    return qb
      .orderBy('p.published_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .offset(offset)
      .limit(limit)
      .getMany();
  }

  /** How many current texts match; scoped by an initiative or a tag, whose indexes it uses. */
  async countCurrent(filter: { initiativeId?: number; tag?: string }): Promise<number> {
    return this.filteredLatest(filter).getCount();
  }

  /** The current text of each translation of these source texts ("Read more" links). */
  async currentForSources(sourceIds: number[]): Promise<PublicationSummary[]> {
    if (sourceIds.length === 0) return [];
    return this.latestQuery()
      .select(SUMMARY_COLUMNS)
      .andWhere('p.source_id IN (:...sourceIds)', { sourceIds: [...new Set(sourceIds)] })
      .getMany();
  }

  /** Every current text, oldest first, for the sitemap. */
  async allCurrent(): Promise<PublicationSummary[]> {
    return this.latestQuery().select(SUMMARY_COLUMNS).orderBy('p.id', 'ASC').getMany();
  }

  /**
   * Initiatives with at least one live text: one indexed probe per initiative, in one query
   * (the initiatives themselves are the sources feature's, asked through its service).
   */
  async initiativesWithPublications(): Promise<number[]> {
    const ids = (await this.initiatives.list()).map((initiative) => initiative.id);
    if (ids.length === 0) return [];
    const probe = `SELECT CAST(? AS integer) AS id WHERE EXISTS (SELECT 1 FROM publication p
                    WHERE p.initiative_id = ? AND p.withdrawn_at IS NULL)`;
    const rows: { id: number | string }[] = await this.dataSource.query(
      ids.map(() => probe).join(' UNION ALL '),
      ids.flatMap((id) => [id, id]),
    );
    return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
  }

  /** The tags of live texts, for the sitemap. */
  async liveTags(): Promise<string[]> {
    const rows: { tag: string }[] = await this.dataSource.query(
      `SELECT DISTINCT t.tag AS tag FROM publication_tag t
         JOIN publication p ON p.id = t.publication_id
        WHERE p.withdrawn_at IS NULL
        ORDER BY t.tag`,
    );
    return rows.map((r) => r.tag);
  }

  private filteredLatest(filter: {
    language?: TextLanguage | undefined;
    initiativeId?: number | undefined;
    tag?: string | undefined;
  }) {
    const qb = this.latestQuery();
    if (filter.language) qb.andWhere('p.language = :language', { language: filter.language });
    if (filter.initiativeId)
      qb.andWhere('p.initiative_id = :initiativeId', { initiativeId: filter.initiativeId });
    if (filter.tag)
      qb.innerJoin(PublicationTag, 't', 't.publication_id = p.id AND t.tag = :tag', {
        tag: filter.tag,
      });
    return qb;
  }

  /** Latest live version per translation: no later version of the same translation exists. */
  private latestQuery() {
    return this.dataSource
      .getRepository(Publication)
      .createQueryBuilder('p')
      .where('p.withdrawn_at IS NULL')
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM publication later WHERE later.translation_id = p.translation_id AND later.version > p.version)',
      );
  }
}
