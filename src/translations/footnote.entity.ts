import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type FootnoteStatus = 'pending' | 'approved';

/**
 * A translator's (or reviewer's) note for readers on a span of a unit's target text. It is part
 * of the unit: reviewed and approved with it, never by its own author.
 */
@Entity('footnote')
export class Footnote {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'translation_id', type: 'integer' })
  translationId!: number;

  @Column({ name: 'unit_id', type: 'integer' })
  unitId!: number;

  /** The anchored passage and a little context around it, to find it again after edits. */
  @Column({ type: 'text' })
  quote!: string;

  @Column({ type: 'text', default: '' })
  prefix!: string;

  @Column({ type: 'text', default: '' })
  suffix!: string;

  @Column({ name: 'start_offset', type: 'integer' })
  start!: number;

  @Column({ name: 'end_offset', type: 'integer' })
  end!: number;

  /** The passage is gone from the unit's text: the translator must anchor it again. */
  @Column({ type: 'boolean', default: false })
  lost!: boolean;

  /** Plain text; links and *emphasis* in Markdown. */
  @Column({ type: 'text' })
  note!: string;

  @Column({ type: 'varchar', length: 12 })
  status!: FootnoteStatus;

  @Column({ name: 'author_id', type: 'integer', nullable: true })
  authorId!: number | null;

  @Column({ name: 'approved_by_id', type: 'integer', nullable: true })
  approvedById!: number | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: TIMESTAMP })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: TIMESTAMP })
  updatedAt!: Date;
}
