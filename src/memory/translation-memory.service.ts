import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { DomainEvents } from '../common/domain-events.js';
import { diffWords, type DiffPart } from '../common/text/word-diff.rules.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { TmEntryRow, type TmOrigin } from './tm-entry.entity.js';
import { TmIndex, type TmMatch } from './tm-index.rules.js';

export interface MemoryMatch extends TmMatch {
  /** How the stored source differs from the text being translated, word by word. */
  sourceDiff: DiffPart[];
  origin: TmOrigin;
  /** For imported entries, the file they came from. */
  originFile: string | null;
}

/**
 * The translation memory: approved unit pairs (and imported pairs) per language pair. Each pair
 * is indexed in memory on first use and kept current after each commit that adds to it.
 */
@Injectable()
export class TranslationMemoryService implements OnModuleInit {
  private readonly indexes = new Map<string, Promise<TmIndex>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.events.on('unit.approved', async (manager, e) => {
      await this.add(manager, {
        sourceLanguage: e.sourceLanguage,
        targetLanguage: e.targetLanguage,
        sourceText: e.sourceText,
        targetText: e.targetText,
        origin: 'unit',
        unitId: e.unitId,
      });
    });
  }

  async matches(
    sourceLanguage: string,
    targetLanguage: string,
    text: string,
    options: { limit?: number; minQuality?: number } = {},
  ): Promise<MemoryMatch[]> {
    const index = await this.index(sourceLanguage, targetLanguage);
    const language = sourceLanguage === 'ru' ? 'ru' : 'en';
    const found = index.search(text, options);
    const rows = found.length
      ? await this.dataSource.getRepository(TmEntryRow).find({
          where: { id: In(found.map((m) => m.id)) },
          select: { id: true, origin: true, originFile: true },
        })
      : [];
    const origins = new Map(rows.map((r) => [r.id, r]));
    return found.map((match) => ({
      ...match,
      sourceDiff: diffWords(match.source, text, language),
      origin: origins.get(match.id)?.origin ?? 'unit',
      originFile: origins.get(match.id)?.originFile ?? null,
    }));
  }

  /** Adds a pair inside the caller's transaction; the index learns it once that commits. */
  async add(
    manager: EntityManager,
    entry: {
      sourceLanguage: string;
      targetLanguage: string;
      sourceText: string;
      targetText: string;
      origin: 'unit' | 'import';
      unitId: number | null;
      originFile?: string | null;
    },
  ): Promise<TmEntryRow> {
    const replaced =
      entry.unitId === null ? null : await manager.findOneBy(TmEntryRow, { unitId: entry.unitId });
    if (replaced) await manager.delete(TmEntryRow, { id: replaced.id });
    const row = await manager.save(manager.create(TmEntryRow, { ...entry, createdAt: new Date() }));
    this.transactions.afterCommit(() => {
      const loaded = this.indexes.get(key(entry.sourceLanguage, entry.targetLanguage));
      if (!loaded) return;
      void loaded.then((index) => {
        if (replaced) index.remove(replaced.id);
        index.add({ id: row.id, source: row.sourceText, target: row.targetText });
      });
    });
    return row;
  }

  async importPairs(
    sourceLanguage: string,
    targetLanguage: string,
    pairs: { source: string; target: string }[],
    originFile: string | null = null,
  ): Promise<number> {
    const work = async (m: EntityManager) => {
      for (const pair of pairs) {
        await this.add(m, {
          sourceLanguage,
          targetLanguage,
          sourceText: pair.source,
          targetText: pair.target,
          origin: 'import',
          unitId: null,
          originFile,
        });
      }
      return pairs.length;
    };
    return this.transactions.write(work);
  }

  /**
   * Many imported pairs at once (a TMX file) inside the caller's transaction, inserted in
   * batches; the pair's index is rebuilt on next use once that commits.
   */
  async importMany(
    manager: EntityManager,
    sourceLanguage: string,
    targetLanguage: string,
    pairs: readonly { source: string; target: string }[],
    originFile: string,
  ): Promise<number> {
    const createdAt = new Date();
    // SQLite allows 999 bound parameters per statement; 7 columns a row.
    for (let i = 0; i < pairs.length; i += 100) {
      await manager.insert(
        TmEntryRow,
        pairs.slice(i, i + 100).map((p) => ({
          sourceLanguage,
          targetLanguage,
          sourceText: p.source,
          targetText: p.target,
          origin: 'import' as const,
          unitId: null,
          originFile,
          createdAt,
        })),
      );
    }
    this.transactions.afterCommit(() => this.indexes.delete(key(sourceLanguage, targetLanguage)));
    return pairs.length;
  }

  async size(sourceLanguage: string, targetLanguage: string): Promise<number> {
    return (await this.index(sourceLanguage, targetLanguage)).size;
  }

  private index(sourceLanguage: string, targetLanguage: string): Promise<TmIndex> {
    const k = key(sourceLanguage, targetLanguage);
    let index = this.indexes.get(k);
    if (!index) {
      index = this.build(sourceLanguage, targetLanguage);
      this.indexes.set(k, index);
      index.catch(() => this.indexes.delete(k));
    }
    return index;
  }

  private async build(sourceLanguage: string, targetLanguage: string): Promise<TmIndex> {
    const rows = await this.dataSource.getRepository(TmEntryRow).find({
      where: { sourceLanguage, targetLanguage },
      select: { id: true, sourceText: true, targetText: true },
    });
    const index = new TmIndex();
    for (const row of rows)
      index.add({ id: row.id, source: row.sourceText, target: row.targetText });
    return index;
  }
}

function key(sourceLanguage: string, targetLanguage: string): string {
  return `${sourceLanguage}>${targetLanguage}`;
}
