import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { TextLanguage } from '../config/language-pairs.rules.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { alignSegments, segmentHash, type RevisionChanges } from './segment-alignment.rules.js';
import { Segment, type SegmentKind } from './segment.entity.js';
import { splitSentences } from './segmenter.rules.js';

/** A block of a source body, as the owner of the body format parsed it. */
export interface BodyBlock {
  kind: Exclude<SegmentKind, 'title'>;
  text: string;
  level?: number;
}

export interface DerivedSegment {
  kind: SegmentKind;
  level: number | null;
  text: string;
  hash: string;
  sentences: string[];
}

/** Segments of source texts: derived from the body, re-aligned on every revision. */
@Injectable()
export class SegmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  /** The title first, then one segment per block of the body. */
  derive(language: TextLanguage, title: string, body: readonly BodyBlock[]): DerivedSegment[] {
    const blocks = [{ kind: 'title' as const, text: title.trim(), level: undefined }, ...body];
    return blocks.map((block) => {
      const level = block.kind === 'heading' ? (block.level ?? 1) : null;
      return {
        kind: block.kind,
        level,
        text: block.text,
        // The block kind is part of identity: a paragraph turned into a heading is a change.
        hash: segmentHash(`${block.kind}${level ?? ''}\u0000${block.text}`),
        sentences: splitSentences(language, block.text),
      };
    });
  }

  async create(
    manager: EntityManager,
    sourceId: number,
    segments: DerivedSegment[],
    revision: number,
  ): Promise<void> {
    if (segments.length === 0) return;
    await manager.insert(
      Segment,
      segments.map((s, position) => ({
        ...s,
        sourceId,
        position,
        previousText: null,
        addedRevision: revision,
        changedRevision: null,
        removedRevision: null,
      })),
    );
  }

  /**
   * Re-derives the segments after an edit. Unchanged ones keep their ids (so work on them is
   * kept); changed ones keep their ids with the old text remembered; removed ones leave the
   * text but stay in the database with their work.
   */
  async revise(
    manager: EntityManager,
    sourceId: number,
    next: DerivedSegment[],
    revision: number,
  ): Promise<{
    changes: RevisionChanges;
    changedIds: number[];
    addedIds: number[];
    removedIds: number[];
  }> {
    const current = await manager.find(Segment, {
      where: { sourceId, removedRevision: IsNull() },
      order: { position: 'ASC' },
    });
    const alignment = alignSegments(
      current.map((s) => ({ id: s.id, position: s.position ?? 0, hash: s.hash, text: s.text })),
      next.map((s) => ({ hash: s.hash, text: s.text })),
    );
    const changes: RevisionChanges = { changed: [], added: [], removed: [], unchanged: 0 };
    const addedIds: number[] = [];
    for (const aligned of alignment.segments) {
      const derived = next[aligned.position]!;
      if (aligned.kind === 'unchanged') {
        changes.unchanged += 1;
        await manager.update(Segment, { id: aligned.id }, { position: aligned.position });
      } else if (aligned.kind === 'changed') {
        await manager.update(
          Segment,
          { id: aligned.id },
          {
            position: aligned.position,
            kind: derived.kind,
            level: derived.level,
            text: derived.text,
            hash: derived.hash,
            sentences: derived.sentences,
            previousText: aligned.previousText,
            changedRevision: revision,
          },
        );
        changes.changed.push({
          segmentId: aligned.id,
          before: aligned.previousText,
          after: derived.text,
        });
      } else {
        const inserted = await manager.insert(Segment, {
          ...derived,
          sourceId,
          position: aligned.position,
          previousText: null,
          addedRevision: revision,
          changedRevision: null,
          removedRevision: null,
        });
        const id = inserted.identifiers[0]!.id as number;
        addedIds.push(id);
        changes.added.push({ segmentId: id, text: derived.text });
      }
    }
    for (const removed of alignment.removed) {
      await manager.update(
        Segment,
        { id: removed.id },
        { removedRevision: revision, position: null },
      );
      changes.removed.push({ segmentId: removed.id, text: removed.text });
    }
    return {
      changes,
      changedIds: changes.changed.map((c) => c.segmentId),
      addedIds,
      removedIds: changes.removed.map((r) => r.segmentId),
    };
  }

  async active(sourceId: number): Promise<Segment[]> {
    return this.transactions.manager.find(Segment, {
      where: { sourceId, removedRevision: IsNull() },
      order: { position: 'ASC' },
    });
  }

  async byIds(ids: number[]): Promise<Segment[]> {
    return ids.length ? this.transactions.manager.findBy(Segment, { id: In(ids) }) : [];
  }

  /** The live (not removed) segments among these ids, in text order. */
  async liveByIds(ids: number[]): Promise<Segment[]> {
    if (ids.length === 0) return [];
    return this.transactions.manager.find(Segment, {
      where: { id: In(ids), removedRevision: IsNull() },
      order: { position: 'ASC' },
    });
  }

  async countActive(sourceIds: number[]): Promise<Map<number, number>> {
    if (sourceIds.length === 0) return new Map();
    const rows = (await this.dataSource
      .getRepository(Segment)
      .createQueryBuilder('s')
      .select('s.source_id', 'sourceId')
      .addSelect('count(*)', 'n')
      .where('s.source_id IN (:...ids) AND s.removed_revision IS NULL', { ids: sourceIds })
      .groupBy('s.source_id')
      .getRawMany()) as { sourceId: number; n: number }[];
    return new Map(rows.map((r) => [r.sourceId, Number(r.n)]));
  }
}
