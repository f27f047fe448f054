import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BYTES, TIMESTAMP } from '../database/database-driver.js';

/** A previewed glossary file; the page holds the token, the row only its keyed hash. */
@Entity('glossary_import_draft')
export class GlossaryImportDraftRow {
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ name: 'user_id', type: 'integer' })
  userId!: number;

  @Column({ type: 'varchar', length: 3 })
  format!: 'tbx' | 'csv';

  @Column({ name: 'source_language', type: 'varchar', length: 2 })
  sourceLanguage!: string;

  @Column({ name: 'target_language', type: 'varchar', length: 2, nullable: true })
  targetLanguage!: string | null;

  @Column({ type: 'varchar', length: 22 })
  revision!: string;

  @Column({ type: BYTES })
  bytes!: Buffer;

  @Column({ name: 'expires_at', type: TIMESTAMP })
  expiresAt!: Date;
}
