import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TextLanguage } from '../config/language-pairs.rules.js';
import type { PublicationContent } from './publication-content.rules.js';

/**
 * An immutable snapshot of an approved translation as readers see it. Readers only ever read
 * these; a correction is a new row with the next version, the earlier ones stay listed.
 */
@Entity('publication')
export class Publication {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'translation_id', type: 'integer' })
  translationId!: number;

  @Column({ name: 'source_id', type: 'integer' })
  sourceId!: number;

  @Column({ name: 'initiative_id', type: 'integer' })
  initiativeId!: number;

  @Column({ type: 'varchar', length: 2 })
  language!: TextLanguage;

  @Column({ name: 'source_language', type: 'varchar', length: 2 })
  sourceLanguage!: TextLanguage;

  /** Stable across versions: the address of the text. */
  @Column({ type: 'varchar', length: 100 })
  slug!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'simple-json' })
  content!: PublicationContent;

  @Column({ name: 'change_note', type: 'text', default: '' })
  changeNote!: string;

  @Column({ name: 'original_date', type: 'varchar', length: 10, nullable: true })
  originalDate!: string | null;

  @Column({ name: 'published_at', type: TIMESTAMP })
  publishedAt!: Date;

  @Column({ name: 'published_by_id', type: 'integer', nullable: true })
  publishedById!: number | null;

  @Column({ name: 'withdrawn_at', type: TIMESTAMP, nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawn_reason', type: 'text', default: '' })
  withdrawnReason!: string;

  @Column({ name: 'withdrawn_by_id', type: 'integer', nullable: true })
  withdrawnById!: number | null;
}
