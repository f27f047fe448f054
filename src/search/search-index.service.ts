import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainEvents } from '../common/domain-events.js';
import { InstanceCoordination } from '../database/instance-coordination.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { ApprovedExplainerTexts } from '../notes/approved-explainer-texts.js';
import { LivePublications } from '../publications/live-publications.service.js';
import { searchColumns } from './search-document.rules.js';
import {
  explainerDocument,
  publicationDocument,
  type SearchDocument,
} from './search-sources.rules.js';

/** Rows per multi-row INSERT: 9 parameters each, far below SQLite's limit of 32,766. */
const BATCH = 200;
/** Publications read at a time while rebuilding: their content is large. */
const REINDEX_PAGE = 250;

/**
 * Keeps the search index equal to what readers can read. Publishing and withdrawing update it
 * inside their own transaction, so a withdrawn text is never found, not even for a moment,
 * and a rolled-back publish leaves no entry behind. Nothing is held in memory.
 */
@Injectable()
export class SearchIndexService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Search');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly events: DomainEvents,
    private readonly publications: LivePublications,
    private readonly explainers: ApprovedExplainerTexts,
    private readonly coordination: InstanceCoordination,
  ) {}

  onModuleInit(): void {
    this.events.on('publication.published', (m, e) => this.indexPublication(m, e.publicationId));
    this.events.on('publication.withdrawn', (m, e) => this.removeTranslation(m, e.translationId));
    // Few explainers exist: their whole part of the index is rebuilt on each approval.
    this.events.on('explainer.approved', async (m) => {
      await this.indexExplainers(m);
    });
  }

  /**
   * Fills the index of a database that has publications but no entries (one created before
   * search existed, or restored without them), and indexes approved explainers, which raise
   * no event yet.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.transactions.write(async (m) => {
      // Instances starting together: one fills the index, the others find it being filled.
      if (!(await this.coordination.tryExclusive(m, 'search-reindex'))) return;
      const [entries] = await m.query(
        `SELECT count(*) AS n FROM search_entry WHERE kind = 'publication'`,
      );
      if (Number(entries.n) === 0 && (await this.publications.page(0, 1)).length > 0) {
        const count = await this.indexPublications(m);
        this.logger.log(`indexed ${count} publications`);
      }
      await this.indexExplainers(m);
    });
  }

  /** Indexes a version just published and drops the older versions of its translation. */
  async indexPublication(m: EntityManager, publicationId: number): Promise<void> {
    const publication = await this.publications.find(publicationId);
    if (!publication) return;
    await this.removeTranslation(m, publication.translationId);
    if (publication.withdrawnAt) return;
    const tags = await this.publications.tags([publicationId]);
    await this.write(m, [publicationDocument(publication, tags.get(publicationId) ?? [])]);
  }

  /** Drops every version of a translation (it was withdrawn, or a new version replaces it). */
  async removeTranslation(m: EntityManager, translationId: number): Promise<void> {
    await this.remove(m, `kind = 'publication' AND translation_id = ?`, [translationId]);
  }

  /** Rebuilds the whole index from live publications and approved explainers. */
  async reindexAll(): Promise<{ publications: number; explainers: number }> {
    return this.transactions.write(async (m) => {
      await m.query(`DELETE FROM search_entry_tag`);
      await m.query(`DELETE FROM search_entry`);
      await m.query(`DELETE FROM search_document`);
      return {
        publications: await this.indexPublications(m),
        explainers: await this.indexExplainers(m),
      };
    });
  }

  /** Rebuilds the explainer entries from the approved explainer texts. */
  async reindexExplainers(): Promise<number> {
    return this.transactions.write((m) => this.indexExplainers(m));
  }

  /**
   * Writes many new entries in one transaction (benchmarks, imports). The documents must not
   * be indexed yet: (kind, refId, language) is unique.
   */
  async bulkIndex(documents: SearchDocument[]): Promise<number> {
    return this.transactions.write(async (m) => {
      await this.write(m, documents);
      return documents.length;
    });
  }

  private async indexPublications(m: EntityManager): Promise<number> {
    await this.remove(m, `kind = 'publication'`, []);
    let count = 0;
    for (let after = 0; ;) {
      const page = await this.publications.page(after, REINDEX_PAGE);
      if (page.length === 0) return count;
      const tags = await this.publications.tags(page.map((p) => p.id));
      await this.write(
        m,
        page.map((p) => publicationDocument(p, tags.get(p.id) ?? [])),
      );
      count += page.length;
      after = page[page.length - 1]!.id;
    }
  }

  private async indexExplainers(m: EntityManager): Promise<number> {
    await this.remove(m, `kind = 'explainer'`, []);
    const approved = await this.explainers.all();
    await this.write(m, approved.map(explainerDocument));
    return approved.length;
  }

  private async remove(m: EntityManager, where: string, params: unknown[]): Promise<void> {
    const ids = `SELECT id FROM search_entry WHERE ${where}`;
    await m.query(`DELETE FROM search_document WHERE rowid IN (${ids})`, params);
    await m.query(`DELETE FROM search_entry_tag WHERE entry_id IN (${ids})`, params);
    await m.query(`DELETE FROM search_entry WHERE ${where}`, params);
  }

  private async write(m: EntityManager, documents: SearchDocument[]): Promise<void> {
    for (let start = 0; start < documents.length; start += BATCH) {
      const batch = documents.slice(start, start + BATCH);
      const inserted: { id: number; kind: string; ref_id: number; language: string }[] =
        await m.query(
          `INSERT INTO search_entry
             (kind, ref_id, translation_id, language, initiative_id, date, date_precision, title, url)
           VALUES ${placeholders(batch.length, 9)}
           RETURNING id, kind, ref_id, language`,
          batch.flatMap((d) => [
            d.kind,
            d.refId,
            d.translationId,
            d.language,
            d.initiativeId,
            d.date,
            d.datePrecision,
            d.title.slice(0, 300),
            d.url,
          ]),
        );
      const ids = new Map(inserted.map((r) => [key(r.kind, r.ref_id, r.language), Number(r.id)]));
      const idOf = (d: SearchDocument) => ids.get(key(d.kind, d.refId, d.language))!;
      await m.query(
        `INSERT INTO search_document (rowid, title, text, stems) VALUES ${placeholders(batch.length, 4)}`,
        batch.flatMap((d) => {
          const columns = searchColumns(d.title, d.body);
          return [idOf(d), columns.title, columns.text, columns.stems];
        }),
      );
      const tags = batch.flatMap((d) => d.tags.map((tag) => [idOf(d), tag]));
      for (let t = 0; t < tags.length; t += BATCH) {
        const part = tags.slice(t, t + BATCH);
        await m.query(
          `INSERT INTO search_entry_tag (entry_id, tag) VALUES ${placeholders(part.length, 2)}`,
          part.flat(),
        );
      }
    }
  }
}

function placeholders(rows: number, columns: number): string {
  const row = `(${Array<string>(columns).fill('?').join(', ')})`;
  return Array<string>(rows).fill(row).join(', ');
}

function key(kind: string, refId: number, language: string): string {
  return `${kind}:${refId}:${language}`;
}
