import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { UnitState } from './unit-workflow.rules.js';

/** `annotate`: a footnote of the unit was added, changed or removed (the text stays). */
export type UnitRevisionAction =
  'edit' | 'submit' | 'approve' | 'request_changes' | 'source_changed' | 'revert' | 'annotate';

/** Every change of a unit, kept: history is never rewritten. */
@Entity('unit_revision')
export class UnitRevision {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'unit_id', type: 'integer' })
  unitId!: number;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: UnitState;

  @Column({ type: 'varchar', length: 20 })
  action!: UnitRevisionAction;

  @Column({ name: 'author_id', type: 'integer', nullable: true })
  authorId!: number | null;

  @Column({ name: 'created_at', type: TIMESTAMP })
  createdAt!: Date;
}
