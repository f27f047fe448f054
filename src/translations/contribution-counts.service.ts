import { Injectable } from '@nestjs/common';
import { Not } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner.js';
import { ReviewEvent } from './review-event.entity.js';
import { Translation } from './translation.entity.js';
import { UnitRevision } from './unit-revision.entity.js';

export interface Contributions {
  /** Distinct units they wrote a version of. */
  translated: number;
  /** Review actions they took on units. */
  reviewed: number;
}

export interface LiveTranslation {
  id: number;
  sourceId: number;
  targetLanguage: string;
  status: string;
}

/**
 * The read model statistics use: who did how much work on translations, and which
 * translations are live. Counts only; it never says what was written.
 */
@Injectable()
export class ContributionCounts {
  constructor(private readonly transactions: TransactionRunner) {}

  /** Per person with any work; with `userId`, that person's only. */
  async byUser(userId?: number): Promise<Map<number, Contributions>> {
    const m = this.transactions.manager;
    const translatedQuery = m
      .createQueryBuilder(UnitRevision, 'r')
      .select('r.author_id', 'id')
      .addSelect('COUNT(DISTINCT r.unit_id)', 'n')
      .where("r.action = 'edit' AND r.author_id IS NOT NULL")
      .groupBy('r.author_id');
    const reviewedQuery = m
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
    const byUser = new Map<number, Contributions>();
    const row = (id: number) => {
      const found = byUser.get(id) ?? { translated: 0, reviewed: 0 };
      byUser.set(id, found);
      return found;
    };
    for (const r of translated) row(Number(r.id)).translated = Number(r.n);
    for (const r of reviewed) row(Number(r.id)).reviewed = Number(r.n);
    return byUser;
  }

  /** Every translation that is not withdrawn. */
  async live(): Promise<LiveTranslation[]> {
    return this.transactions.manager.find(Translation, {
      where: { status: Not('withdrawn' as const) },
      select: { id: true, sourceId: true, targetLanguage: true, status: true },
      order: { id: 'ASC' },
    });
  }
}
