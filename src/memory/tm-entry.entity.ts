import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type TmOrigin = 'unit' | 'import';

/** An approved pair of texts, source and target, that later translations can reuse. */
@Entity('tm_entry')
export class TmEntryRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'source_language', type: 'varchar', length: 2 })
  sourceLanguage!: string;

  @Column({ name: 'target_language', type: 'varchar', length: 2 })
  targetLanguage!: string;

  @Column({ name: 'source_text', type: 'text' })
  sourceText!: string;

  @Column({ name: 'target_text', type: 'text' })
  targetText!: string;

  @Column({ type: 'varchar', length: 10 })
  origin!: TmOrigin;

  /** The approved unit it came from; a later approval of the same unit replaces it. */
  @Column({ name: 'unit_id', type: 'integer', nullable: true })
  unitId!: number | null;

  /** For imported entries: the file and the tool that wrote it, shown beside matches. */
  @Column({ name: 'origin_file', type: 'varchar', length: 200, nullable: true })
  originFile!: string | null;

  @Column({ name: 'created_at', type: TIMESTAMP })
  createdAt!: Date;
}
