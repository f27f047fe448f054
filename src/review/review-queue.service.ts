import { Injectable } from '@nestjs/common';
import { pairKey } from '../config/language-pairs.rules.js';
import { SourceQueriesService } from '../sources/source-queries.service.js';
import type { SourceText } from '../sources/source-text.entity.js';
import {
  TranslationQueriesService,
  type Progress,
} from '../translations/translation-queries.service.js';
import { TranslationRecords } from '../translations/translation-records.js';
import type { Translation } from '../translations/translation.entity.js';
import type { UserSummary } from '../users/user.entity.js';
import { reviewsPair } from '../translations/review-access.rules.js';

export interface QueueFilter {
  pair?: string | undefined;
  initiativeId?: number | undefined;
  /** Only translations waiting at least this many days. */
  olderThanDays?: number | undefined;
}

export interface QueueItem {
  translation: Translation;
  source: SourceText;
  pair: string;
  waitingUnits: number;
  progress: Progress;
}

/** Submitted translations a reviewer may review: their pairs, none they helped translate. */
@Injectable()
export class ReviewQueueService {
  constructor(
    private readonly sources: SourceQueriesService,
    private readonly records: TranslationRecords,
    private readonly queries: TranslationQueriesService,
  ) {}

  async queue(user: UserSummary, filter: QueueFilter = {}): Promise<QueueItem[]> {
    const inReview = await this.queries.inReview();
    const sources = new Map(
      (await this.sources.byIds([...new Set(inReview.map((t) => t.sourceId))])).map((s) => [
        s.id,
        s,
      ]),
    );
    const cutoff = filter.olderThanDays ? Date.now() - filter.olderThanDays * 86_400_000 : null;
    const items: QueueItem[] = [];
    for (const translation of inReview) {
      const source = sources.get(translation.sourceId);
      if (!source) continue;
      const pair = pairKey({ source: source.language, target: translation.targetLanguage });
      if (!reviewsPair(user, pair)) continue;
      if (filter.pair && filter.pair !== pair) continue;
      if (filter.initiativeId && filter.initiativeId !== source.initiativeId) continue;
      if (cutoff !== null && (translation.submittedAt?.getTime() ?? Date.now()) > cutoff) continue;
      const participation = await this.records.participation(
        this.records.manager,
        translation,
        source,
      );
      if (participation.contributorIds.includes(user.id) && !user.roles.includes('editor'))
        continue;
      items.push({
        translation,
        source,
        pair,
        waitingUnits: 0,
        progress: { filled: 0, approved: 0, total: 0 },
      });
    }
    const ids = items.map((i) => i.translation.id);
    const [progress, waiting] = await Promise.all([
      this.queries.progress(ids),
      this.queries.waitingUnits(ids),
    ]);
    for (const item of items) {
      item.progress = progress.get(item.translation.id) ?? item.progress;
      item.waitingUnits = waiting.get(item.translation.id) ?? 0;
    }
    return items;
  }
}
