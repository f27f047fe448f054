import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RevisionChanges } from '../segments/segment-alignment.rules.js';

@Entity('source_revision')
export class SourceRevision {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'source_id', type: 'integer' })
  sourceId!: number;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'content_hash', type: 'varchar', length: 64 })
  contentHash!: string;

  @Column({ type: 'simple-json' })
  changes!: RevisionChanges;

  @Column({ name: 'created_by_id', type: 'integer', nullable: true })
  createdById!: number | null;

  @Column({ name: 'created_at', type: TIMESTAMP })
  createdAt!: Date;
}
