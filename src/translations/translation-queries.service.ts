import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, Not } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { pairKey, type TextLanguage } from '../config/language-pairs.rules.js';
import { SourceQueriesService } from '../sources/source-queries.service.js';
import type { SourceText } from '../sources/source-text.entity.js';
import type { UserSummary } from '../users/user.entity.js';
import { worksInPair } from './translation-access.rules.js';
import { CLAIMABLE } from './translation-lifecycle.rules.js';
import { TranslationUnit } from './translation-unit.entity.js';
import type { TranslationState } from './translation-workflow.rules.js';
import { Translation } from './translation.entity.js';

export interface Progress {
  filled: number;
  approved: number;
  total: number;
}

export interface TranslationSummary {
  translation: Translation;
  source: SourceText;
  progress: Progress;
}

export interface Dashboard {
  /** Texts in the user's pairs that nobody translates yet, per pair. */
  waiting: { pair: string; targetLanguage: TextLanguage; sources: SourceText[] }[];
  mine: TranslationSummary[];
  /** Released translations anyone of the pair may take up. */
  open: TranslationSummary[];
  /** Claimed by someone else: only who works on what is shown. */
  others: { translation: Translation; source: SourceText; claimantId: number }[];
}

export const TRANSLATION_STATE_FILTERS = [
  'untranslated',
  'in_progress',
  'in_review',
  'approved',
  'published',
] as const;
export type TranslationStateFilter = (typeof TRANSLATION_STATE_FILTERS)[number];

const STATES_OF_FILTER: Record<
  Exclude<TranslationStateFilter, 'untranslated'>,
  TranslationState[]
> = {
  in_progress: ['draft', 'changes_requested', 'outdated'],
  in_review: ['in_review'],
  approved: ['approved'],
  published: ['published'],
};

@Injectable()
export class TranslationQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sources: SourceQueriesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async dashboard(user: UserSummary): Promise<Dashboard> {
    const pairs = this.config.languagePairs.filter((p) => worksInPair(user, pairKey(p)));
    const live = await this.dataSource
      .getRepository(Translation)
      .findBy({ status: Not('withdrawn') });
    const sourceIds = [...new Set(live.map((t) => t.sourceId))];
    const sourceById = new Map((await this.sources.byIds(sourceIds)).map((s) => [s.id, s]));
    const waiting = [];
    for (const pair of pairs) {
      const taken = live.filter((t) => t.targetLanguage === pair.target).map((t) => t.sourceId);
      const { items } = await this.sources.list({
        language: pair.source,
        excludeIds: taken,
        pageSize: 50,
      });
      waiting.push({
        pair: pairKey(pair),
        targetLanguage: pair.target,
        sources: items.map((i) => i.source),
      });
    }
    const inMyPairs = (t: Translation) => {
      const source = sourceById.get(t.sourceId);
      return (
        !!source && pairs.some((p) => p.source === source.language && p.target === t.targetLanguage)
      );
    };
    const mine = live.filter((t) => t.claimedById === user.id && t.status !== 'published');
    const open = live.filter(
      (t) => t.claimedById === null && CLAIMABLE.includes(t.status) && inMyPairs(t),
    );
    const others = live.filter(
      (t) =>
        t.claimedById !== null &&
        t.claimedById !== user.id &&
        t.status !== 'published' &&
        inMyPairs(t),
    );
    const progress = await this.progress([...mine, ...open].map((t) => t.id));
    const summary = (t: Translation): TranslationSummary => ({
      translation: t,
      source: sourceById.get(t.sourceId)!,
      progress: progress.get(t.id) ?? { filled: 0, approved: 0, total: 0 },
    });
    return {
      waiting,
      mine: mine.map(summary),
      open: open.map(summary),
      others: others.map((t) => ({
        translation: t,
        source: sourceById.get(t.sourceId)!,
        claimantId: t.claimedById!,
      })),
    };
  }

  /** Units filled, approved and in all, per translation (removed segments not counted). */
  async progress(translationIds: number[]): Promise<Map<number, Progress>> {
    if (translationIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(TranslationUnit)
      .createQueryBuilder('u')
      .innerJoin('segment', 's', 's.id = u.segment_id AND s.removed_revision IS NULL')
      .select('u.translation_id', 'id')
      .addSelect(`sum(CASE WHEN u.status != 'empty' AND u.text != '' THEN 1 ELSE 0 END)`, 'filled')
      .addSelect(`sum(CASE WHEN u.status = 'approved' THEN 1 ELSE 0 END)`, 'approved')
      .addSelect('count(*)', 'total')
      .where({ translationId: In(translationIds) })
      .groupBy('u.translation_id')
      .getRawMany<{ id: number; filled: number; approved: number; total: number }>();
    return new Map(
      rows.map((r) => [
        r.id,
        { filled: Number(r.filled), approved: Number(r.approved), total: Number(r.total) },
      ]),
    );
  }

  /** Translations waiting for review, the longest waiting first. */
  async inReview(): Promise<Translation[]> {
    return this.dataSource
      .getRepository(Translation)
      .find({ where: { status: 'in_review' }, order: { submittedAt: 'ASC', id: 'ASC' } });
  }

  /** How many units of each translation wait for a reviewer. */
  async waitingUnits(translationIds: number[]): Promise<Map<number, number>> {
    if (translationIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(TranslationUnit)
      .createQueryBuilder('u')
      .select('u.translation_id', 'id')
      .addSelect('count(*)', 'n')
      .where({ translationId: In(translationIds), status: 'submitted' })
      .groupBy('u.translation_id')
      .getRawMany<{ id: number; n: number }>();
    return new Map(rows.map((r) => [r.id, Number(r.n)]));
  }

  /** The live translations of a source text, by target language. */
  async ofSource(sourceId: number): Promise<Translation[]> {
    return this.dataSource
      .getRepository(Translation)
      .findBy({ sourceId, status: Not('withdrawn') });
  }

  /** Source ids for the "translation state" filter of the source list. */
  async sourceIdsIn(
    filter: TranslationStateFilter,
  ): Promise<{ ids?: number[]; excludeIds?: number[] }> {
    if (filter === 'untranslated') {
      const rows = await this.dataSource
        .getRepository(Translation)
        .find({ where: { status: Not('withdrawn') }, select: { sourceId: true } });
      return { excludeIds: [...new Set(rows.map((r) => r.sourceId))] };
    }
    const rows = await this.dataSource
      .getRepository(Translation)
      .find({ where: { status: In(STATES_OF_FILTER[filter]) }, select: { sourceId: true } });
    return { ids: [...new Set(rows.map((r) => r.sourceId))] };
  }
}
