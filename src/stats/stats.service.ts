import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { forbidden, notFound } from '../common/errors/domain-error.js';
import { Segment } from '../segments/segment.entity.js';
import { SourceText } from '../sources/source-text.entity.js';
import { ReviewEvent } from '../translations/review-event.entity.js';
import { TranslationUnit } from '../translations/translation-unit.entity.js';
import { Translation } from '../translations/translation.entity.js';
import { UnitRevision } from '../translations/unit-revision.entity.js';
import { handleKey, type UserSummary } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';

export interface ContributorStats {
  userId: number;
  /** Null for a deleted account ("former volunteer"). */
  handle: string | null;
  /** Distinct units they wrote a version of. */
  translated: number;
  /** Review actions they took on units. */
  reviewed: number;
}

export interface TextStats {
  translationId: number;
  sourceId: number;
  title: string;
  sourceLanguage: string;
  targetLanguage: string;
  status: string;
  /** Units of the live segments only. */
  approved: number;
  total: number;
}

export interface StatsQuery {
  /** One contributor's numbers; only editors may ask for someone else's. */
  handle?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface StatsResult {
  /** `own`: the viewer sees only their own numbers. */
  scope: 'all' | 'own';
  contributors: ContributorStats[];
  /** Progress per text and target language; editors only. */
  texts: { rows: TextStats[]; total: number; page: number; pageSize: number } | null;
}

/**
 * Read-only counts of the work done. Who did how much is about people, so only editors see
 * everyone's numbers; anyone else sees their own.
 */
@Injectable()
export class StatsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
  ) {}

  async stats(viewer: UserSummary, query: StatsQuery = {}): Promise<StatsResult> {
    const editor = viewer.roles.includes('editor');
    const asksOther =
      query.handle !== undefined &&
      (viewer.handle === null || handleKey(query.handle) !== handleKey(viewer.handle));
    if (!editor) {
      if (asksOther) throw forbidden('stats:only-own');
      return { scope: 'own', contributors: await this.contributors(viewer.id), texts: null };
    }
    const userId = query.handle === undefined ? undefined : await this.userIdOf(query.handle);
    const page = Math.max(1, Math.floor(query.page ?? 1));
    const pageSize = query.pageSize ?? 50;
    const [contributors, texts] = await Promise.all([
      this.contributors(userId),
      this.texts(page, pageSize),
    ]);
    return { scope: 'all', contributors, texts: { ...texts, page, pageSize } };
  }

  /** Everyone who did any work, most units first; with `userId`, that one person (zeros too). */
  private async contributors(userId?: number): Promise<ContributorStats[]> {
    const translatedQuery = this.dataSource
      .createQueryBuilder(UnitRevision, 'r')
      .select('r.author_id', 'id')
      .addSelect('COUNT(DISTINCT r.unit_id)', 'n')
      .where("r.action = 'edit' AND r.author_id IS NOT NULL")
      .groupBy('r.author_id');
    const reviewedQuery = this.dataSource
      .createQueryBuilder(ReviewEvent, 'e')
      .select('e.actor_id', 'id')
      .addSelect('COUNT(*)', 'n')
      .where('e.unit_id IS NOT NULL AND e.actor_id IS NOT NULL')
      .groupBy('e.actor_id');
    if (userId !== undefined) {
      translatedQuery.andWhere('r.author_id = :userId', { userId });
      reviewedQuery.andWhere('e.actor_id = :userId', { userId });
    }
    const [translated, reviewed] = await Promise.all([
      translatedQuery.getRawMany<{ id: number; n: number | string }>(),
      reviewedQuery.getRawMany<{ id: number; n: number | string }>(),
    ]);
    const byUser = new Map<number, { translated: number; reviewed: number }>();
    const row = (id: number) => {
      const found = byUser.get(id) ?? { translated: 0, reviewed: 0 };
      byUser.set(id, found);
      return found;
    };
    if (userId !== undefined) row(userId);
    for (const r of translated) row(Number(r.id)).translated = Number(r.n);
    for (const r of reviewed) row(Number(r.id)).reviewed = Number(r.n);
    const handles = await this.users.handlesOf([...byUser.keys()]);
    return [...byUser.entries()]
      .map(([id, counts]) => ({ userId: id, handle: handles.get(id) ?? null, ...counts }))
      .sort(
        (a, b) =>
          b.translated - a.translated ||
          b.reviewed - a.reviewed ||
          (a.handle ?? '').localeCompare(b.handle ?? '') ||
          a.userId - b.userId,
      );
  }

  private async texts(
    page: number,
    pageSize: number,
  ): Promise<{ rows: TextStats[]; total: number }> {
    const live = this.dataSource
      .createQueryBuilder(Translation, 't')
      .innerJoin(SourceText, 's', 's.id = t.source_id')
      .where("t.status != 'withdrawn'");
    const [total, rows] = await Promise.all([
      live.clone().getCount(),
      live
        .clone()
        .leftJoin(TranslationUnit, 'u', 'u.translation_id = t.id')
        .leftJoin(Segment, 'g', 'g.id = u.segment_id')
        .select('t.id', 'translationId')
        .addSelect('t.source_id', 'sourceId')
        .addSelect('s.title', 'title')
        .addSelect('s.language', 'sourceLanguage')
        .addSelect('t.target_language', 'targetLanguage')
        .addSelect('t.status', 'status')
        .addSelect(
          'SUM(CASE WHEN g.removed_revision IS NULL AND u.id IS NOT NULL THEN 1 ELSE 0 END)',
          'total',
        )
        .addSelect(
          "SUM(CASE WHEN g.removed_revision IS NULL AND u.status = 'approved' THEN 1 ELSE 0 END)",
          'approved',
        )
        .groupBy('t.id')
        .addGroupBy('t.source_id')
        .addGroupBy('s.title')
        .addGroupBy('s.language')
        .addGroupBy('t.target_language')
        .addGroupBy('t.status')
        .orderBy('s.title', 'ASC')
        .addOrderBy('t.target_language', 'ASC')
        .offset((page - 1) * pageSize)
        .limit(pageSize)
        .getRawMany<Record<keyof TextStats, string | number>>(),
    ]);
    return {
      total,
      rows: rows.map((r) => ({
        translationId: Number(r.translationId),
        sourceId: Number(r.sourceId),
        title: String(r.title),
        sourceLanguage: String(r.sourceLanguage),
        targetLanguage: String(r.targetLanguage),
        status: String(r.status),
        approved: Number(r.approved ?? 0),
        total: Number(r.total ?? 0),
      })),
    };
  }

  private async userIdOf(handle: string): Promise<number> {
    const key = handleKey(handle);
    const user = (await this.users.list()).find(
      (u) => u.handle !== null && handleKey(u.handle) === key,
    );
    if (!user) throw notFound('errors:user-not-found');
    return user.id;
  }
}
