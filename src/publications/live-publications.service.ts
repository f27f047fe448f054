import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner.js';
import { PublicationTag } from './publication-tag.entity.js';
import { Publication } from './publication.entity.js';

/**
 * Publications with their content, for the search index. Unlike PublicationQueriesService it
 * reads through the open transaction: the index follows a publish or withdrawal inside it.
 */
@Injectable()
export class LivePublications {
  constructor(private readonly transactions: TransactionRunner) {}

  /** One version, withdrawn or not. */
  async find(id: number): Promise<Publication | null> {
    return this.transactions.manager.findOneBy(Publication, { id });
  }

  /** The latest version of each live text, by id, after `after`. */
  async page(after: number, limit: number): Promise<Publication[]> {
    return this.transactions.manager
      .getRepository(Publication)
      .createQueryBuilder('p')
      .where('p.id > :after', { after })
      .andWhere('p.withdrawn_at IS NULL')
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM publication later WHERE later.translation_id = p.translation_id AND later.version > p.version)',
      )
      .orderBy('p.id', 'ASC')
      .take(limit)
      .getMany();
  }

  /** The tags of these versions, each list in stored order. */
  async tags(publicationIds: number[]): Promise<Map<number, string[]>> {
    const tags = new Map<number, string[]>(publicationIds.map((id) => [id, []]));
    if (publicationIds.length === 0) return tags;
    const rows = await this.transactions.manager.find(PublicationTag, {
      where: { publicationId: In(publicationIds) },
    });
    for (const row of rows) tags.get(row.publicationId)?.push(row.tag);
    return tags;
  }
}
