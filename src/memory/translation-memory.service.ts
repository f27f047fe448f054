import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainEvents } from '../common/domain-events.js';
import { diffWords, type DiffPart } from '../common/text/word-diff.rules.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { TmEntryRow } from './tm-entry.entity.js';
import { TmIndex, type TmMatch } from './tm-index.rules.js';

export interface MemoryMatch extends TmMatch {
  /** How the stored source differs from the text being translated, word by word. */
  sourceDiff: DiffPart[];
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
    return index
      .search(text, options)
      .map((match) => ({ ...match, sourceDiff: diffWords(match.source, text, language) }));
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
        });
      }
      return pairs.length;
    };
    return this.transactions.write(work);
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
