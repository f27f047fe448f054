import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TextLanguage } from '../config/language-pairs.rules.js';
import type { TranslationState } from './translation-workflow.rules.js';

/** A source text into one target language; claimed by the translator working on it. */
@Entity('translation')
export class Translation {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'source_id', type: 'integer' })
  sourceId!: number;

  @Column({ name: 'target_language', type: 'varchar', length: 2 })
  targetLanguage!: TextLanguage;

  @Column({ type: 'varchar', length: 20 })
  status!: TranslationState;

  @Column({ name: 'claimed_by_id', type: 'integer', nullable: true })
  claimedById!: number | null;

  /** The source revision the units were last aligned with. */
  @Column({ name: 'source_revision', type: 'integer' })
  sourceRevision!: number;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: TIMESTAMP })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: TIMESTAMP })
  updatedAt!: Date;

  @Column({ name: 'submitted_at', type: TIMESTAMP, nullable: true })
  submittedAt!: Date | null;
}
