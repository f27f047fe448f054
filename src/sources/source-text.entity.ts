import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DatePrecision } from '../common/partial-date.rules.js';
import type { TextLanguage } from '../config/language-pairs.rules.js';
import type { LegalReference, Licence, SourceKind } from './source-vocabulary.js';

/** A text as an initiative published it; its body is Markdown-lite, one block per segment. */
@Entity('source_text')
export class SourceText {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'initiative_id', type: 'integer' })
  initiativeId!: number;

  @Column({ type: 'varchar', length: 2 })
  language!: TextLanguage;

  @Column({ type: 'varchar', length: 16 })
  kind!: SourceKind;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'original_url', type: 'varchar', length: 2000, nullable: true })
  originalUrl!: string | null;

  @Column({ name: 'archive_url', type: 'varchar', length: 2000, nullable: true })
  archiveUrl!: string | null;

  @Column({ name: 'published_date', type: 'varchar', length: 10, nullable: true })
  publishedDate!: string | null;

  @Column({ name: 'published_precision', type: 'varchar', length: 5, nullable: true })
  publishedPrecision!: DatePrecision | null;

  @Column({ type: 'simple-json' })
  authors!: string[];

  @Column({ type: 'varchar', length: 32 })
  licence!: Licence;

  /** For `permission`: a URL or a note on who allowed it and how. */
  @Column({ name: 'licence_evidence', type: 'text', default: '' })
  licenceEvidence!: string;

  @Column({ name: 'legal_references', type: 'simple-json' })
  legalReferences!: LegalReference[];

  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @Column({ name: 'content_hash', type: 'varchar', length: 64 })
  contentHash!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by_id', type: 'integer', nullable: true })
  createdById!: number | null;

  @Column({ name: 'created_at', type: TIMESTAMP })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: TIMESTAMP })
  updatedAt!: Date;
}
