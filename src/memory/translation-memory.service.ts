import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { DomainEvents } from '../common/domain-events.js';
import { pairKey, type PairKey, type TextLanguage } from '../config/language-pairs.rules.js';
import { diffWords, type DiffPart } from '../common/text/word-diff.rules.js';
import { InstanceCoordination } from '../database/instance-coordination.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { boundedSearch, mayReadMemory, type MemoryViewer } from './memory-access.rules.js';
import { TmEntryRow, type TmOrigin } from './tm-entry.entity.js';
import { TmIndex } from './tm-index.rules.js';
import type { TmMatch } from './tm-ranking.rules.js';

export interface MemoryMatch extends TmMatch {
  /** How the stored source differs from the text being translated, word by word. */
  sourceDiff: DiffPart[];
  origin: TmOrigin;
  /** For imported entries, the file they came from. */
  originFile: string | null;
}

/**
 * The translation memory: the approved units of published translations (and imported pairs) per language pair. Each pair
 * is indexed in memory on first use and kept current after each commit that adds to it.
 */
@Injectable()
export class TranslationMemoryService implements OnModuleInit {
  private readonly indexes = new Map<PairKey, Promise<TmIndex>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly events: DomainEvents,
    private readonly coordination: InstanceCoordination,
  ) {}

  /**
   * A unit's wording enters the memory when its translation is published and leaves it when
   * the translation is withdrawn: approved-but-unpublished work stays with the people on it.
   */
  onModuleInit(): void {
    this.events.on('publication.published', async (manager, e) => {
      for (const entry of await publishedPairs(manager, e.translationId)) {
        await this.add(manager, { ...entry, origin: 'unit' });
      }
    });
    this.events.on('publication.withdrawn', async (manager, e) => {
      await this.removeTranslation(manager, e.translationId);
    });
    this.coordination.onAnnouncement('memory', (payload) => this.heard(payload));
  }

  /**
   * Another instance changed a pair's memory: a loaded index learns the same change, in the
   * order announced, and lookups wait for it (they await the index's promise).
   */
  private heard(payload: string | null): void {
    if (payload === null) return this.indexes.clear();
    const change = JSON.parse(payload) as MemoryChange;
    const loaded = this.indexes.get(change.pair);
    if (!loaded) return;
    if (change.reload) return void this.indexes.delete(change.pair);
    const updated = loaded.then(async (index) => {
      const rows = change.added.length
        ? await this.dataSource.getRepository(TmEntryRow).find({
            where: { id: In(change.added) },
            select: { id: true, sourceText: true, targetText: true },
          })
        : [];
      for (const id of change.removed) index.remove(id);
      for (const row of rows)
        index.add({ id: row.id, source: row.sourceText, target: row.targetText });
      return index;
    });
    this.indexes.set(change.pair, updated);
    // Should the change not apply, the index is built again rather than left wrong.
    updated.catch(() => {
      if (this.indexes.get(change.pair) === updated) this.indexes.delete(change.pair);
    });
  }

  /** Tells other instances, inside the write, what it changes in a pair's memory. */
  private announce(manager: EntityManager, change: MemoryChange): Promise<void> {
    const large = change.added.length + change.removed.length > MAX_ANNOUNCED_IDS;
    return this.coordination.announce(
      manager,
      'memory',
      JSON.stringify(large ? { pair: change.pair, added: [], removed: [], reload: true } : change),
    );
  }

  /**
   * Every entry of a pair that matches may show, oldest first, for export: imported ones and
   * those of published translations (checked here too, not only by what enters the memory).
   */
  async entriesOf(
    sourceLanguage: TextLanguage,
    targetLanguage: TextLanguage,
  ): Promise<{ source: string; target: string; origin: TmOrigin; originFile: string | null }[]> {
    return (await this.dataSource.query(
      `SELECT e.source_text AS "source", e.target_text AS "target", e.origin AS "origin",
              e.origin_file AS "originFile"
         FROM tm_entry e
         LEFT JOIN translation_unit u ON u.id = e.unit_id
         LEFT JOIN translation t ON t.id = u.translation_id
        WHERE e.source_language = ? AND e.target_language = ?
          AND (e.origin = 'import' OR t.status = 'published')
        ORDER BY e.id`,
      [sourceLanguage, targetLanguage],
    )) as { source: string; target: string; origin: TmOrigin; originFile: string | null }[];
  }

  /** Empty for a viewer outside the language pair; never more than MAX_MATCHES. */
  async matches(
    viewer: MemoryViewer,
    sourceLanguage: TextLanguage,
    targetLanguage: TextLanguage,
    text: string,
    options: { limit?: number; minQuality?: number } = {},
  ): Promise<MemoryMatch[]> {
    if (!mayReadMemory(viewer, sourceLanguage, targetLanguage)) return [];
    const index = await this.index(sourceLanguage, targetLanguage);
    const language = sourceLanguage === 'ru' ? 'ru' : 'en';
    const found = index.search(text, boundedSearch(options));
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

  private async removeTranslation(manager: EntityManager, translationId: number): Promise<void> {
    const rows = (await manager.query(
      `SELECT e.id, e.source_language AS "sourceLanguage", e.target_language AS "targetLanguage"
         FROM tm_entry e JOIN translation_unit u ON u.id = e.unit_id
        WHERE u.translation_id = ?`,
      [translationId],
    )) as { id: number; sourceLanguage: TextLanguage; targetLanguage: TextLanguage }[];
    if (rows.length === 0) return;
    await manager.delete(
      TmEntryRow,
      rows.map((row) => row.id),
    );
    for (const pair of new Set(rows.map((row) => key(row.sourceLanguage, row.targetLanguage)))) {
      const removed = rows.filter((row) => key(row.sourceLanguage, row.targetLanguage) === pair);
      await this.announce(manager, { pair, added: [], removed: removed.map((row) => row.id) });
    }
    this.transactions.afterCommit(() => {
      for (const row of rows) {
        const loaded = this.indexes.get(key(row.sourceLanguage, row.targetLanguage));
        void loaded?.then((index) => index.remove(row.id));
      }
    });
  }

  /** Adds a pair inside the caller's transaction; the index learns it once that commits. */
  async add(
    manager: EntityManager,
    entry: {
      sourceLanguage: TextLanguage;
      targetLanguage: TextLanguage;
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
    await this.announce(manager, {
      pair: key(entry.sourceLanguage, entry.targetLanguage),
      added: [row.id],
      removed: replaced ? [replaced.id] : [],
    });
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
    sourceLanguage: TextLanguage,
    targetLanguage: TextLanguage,
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
    sourceLanguage: TextLanguage,
    targetLanguage: TextLanguage,
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
    const pair = key(sourceLanguage, targetLanguage);
    await this.announce(manager, { pair, added: [], removed: [], reload: true });
    this.transactions.afterCommit(() => this.indexes.delete(pair));
    return pairs.length;
  }

  async size(sourceLanguage: TextLanguage, targetLanguage: TextLanguage): Promise<number> {
    return (await this.index(sourceLanguage, targetLanguage)).size;
  }

  private index(sourceLanguage: TextLanguage, targetLanguage: TextLanguage): Promise<TmIndex> {
    const k = key(sourceLanguage, targetLanguage);
    let index = this.indexes.get(k);
    if (!index) {
      index = this.build(sourceLanguage, targetLanguage);
      this.indexes.set(k, index);
      index.catch(() => this.indexes.delete(k));
    }
    return index;
  }

  private async build(
    sourceLanguage: TextLanguage,
    targetLanguage: TextLanguage,
  ): Promise<TmIndex> {
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

/** What a write changed in one pair's memory, as other instances hear it. */
interface MemoryChange {
  pair: PairKey;
  added: number[];
  removed: number[];
  /** Too much to list (an import): the pair's index is built again on next use. */
  reload?: boolean;
}

/** NOTIFY payloads stay under 8000 bytes: longer lists ask for a rebuild instead. */
const MAX_ANNOUNCED_IDS = 500;

function key(source: TextLanguage, target: TextLanguage): PairKey {
  return pairKey({ source, target });
}

interface PublishedPair {
  sourceLanguage: TextLanguage;
  targetLanguage: TextLanguage;
  sourceText: string;
  targetText: string;
  unitId: number;
}

/** The approved units of a translation with their source sentences, as they were published. */
async function publishedPairs(
  manager: EntityManager,
  translationId: number,
): Promise<PublishedPair[]> {
  return (await manager.query(
    `SELECT u.id AS "unitId", src.language AS "sourceLanguage",
            t.target_language AS "targetLanguage", s.text AS "sourceText", u.text AS "targetText"
       FROM translation_unit u
       JOIN translation t ON t.id = u.translation_id
       JOIN segment s ON s.id = u.segment_id
       JOIN source_text src ON src.id = t.source_id
      WHERE u.translation_id = ? AND u.status = 'approved' AND u.text <> ''
      ORDER BY u.id`,
    [translationId],
  )) as PublishedPair[];
}
