import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { UnitState } from './unit-workflow.rules.js';

/** The target text of one segment. */
@Entity('translation_unit')
export class TranslationUnit {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'translation_id', type: 'integer' })
  translationId!: number;

  @Column({ name: 'segment_id', type: 'integer' })
  segmentId!: number;

  @Column({ type: 'varchar', length: 20 })
  status!: UnitState;

  @Column({ type: 'text', default: '' })
  text!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Who wrote the current text (four-eyes: they may not approve it). */
  @Column({ name: 'author_id', type: 'integer', nullable: true })
  authorId!: number | null;

  /** The source text this unit translated before the source changed (shown beside the new one). */
  @Column({ name: 'outdated_source_text', type: 'text', nullable: true })
  outdatedSourceText!: string | null;

  @Column({ name: 'updated_at', type: TIMESTAMP })
  updatedAt!: Date;
}

/** The units a translation gets for segments it has none for: empty, nobody's, up to date. */
export function emptyUnits(
  translationId: number,
  segmentIds: number[],
  now: Date,
): Omit<TranslationUnit, 'id'>[] {
  return segmentIds.map((segmentId) => ({
    translationId,
    segmentId,
    status: 'empty',
    text: '',
    version: 1,
    authorId: null,
    outdatedSourceText: null,
    updatedAt: now,
  }));
}
