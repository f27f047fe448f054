import { Injectable } from '@nestjs/common';
import { forbidden, notFound } from '../common/errors/domain-error.js';
import { SourceQueriesService } from '../sources/source-queries.service.js';
import { ContributionCounts } from '../translations/contribution-counts.service.js';
import { TranslationQueriesService } from '../translations/translation-queries.service.js';
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
 * Read-only counts of the work done, through the read models of translations and sources
 * (stats owns no table). Who did how much is about people, so only editors see everyone's
 * numbers; anyone else sees their own.
 */
@Injectable()
export class StatsService {
  constructor(
    private readonly counts: ContributionCounts,
    private readonly translations: TranslationQueriesService,
    private readonly sources: SourceQueriesService,
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
    const byUser = await this.counts.byUser(userId);
    if (userId !== undefined && !byUser.has(userId))
      byUser.set(userId, { translated: 0, reviewed: 0 });
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

  /** Live translations by source title, then target language; progress for one page. */
  private async texts(
    page: number,
    pageSize: number,
  ): Promise<{ rows: TextStats[]; total: number }> {
    const live = await this.counts.live();
    const sources = await this.sources.titles([...new Set(live.map((t) => t.sourceId))]);
    const ordered = live
      .flatMap((translation) => {
        const source = sources.get(translation.sourceId);
        return source ? [{ translation, source }] : [];
      })
      .sort(
        (a, b) =>
          byCodeUnits(a.source.title, b.source.title) ||
          byCodeUnits(a.translation.targetLanguage, b.translation.targetLanguage) ||
          a.translation.id - b.translation.id,
      );
    const shown = ordered.slice((page - 1) * pageSize, page * pageSize);
    const progress = await this.translations.progress(shown.map((r) => r.translation.id));
    return {
      total: ordered.length,
      rows: shown.map(({ translation, source }) => ({
        translationId: translation.id,
        sourceId: translation.sourceId,
        title: source.title,
        sourceLanguage: source.language,
        targetLanguage: translation.targetLanguage,
        status: translation.status,
        approved: progress.get(translation.id)?.approved ?? 0,
        total: progress.get(translation.id)?.total ?? 0,
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

/** The order SQL's default (binary) collation gives, so pages do not depend on the locale. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
