import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ReviewVerdict = 'approve' | 'request_changes';

/**
 * One review action on a unit (or, without a unit, on a whole translation). Part of the
 * translation's record: it decides who may see the work and who counts as a reviewer.
 */
@Entity('review_event')
export class ReviewEvent {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'translation_id', type: 'integer' })
  translationId!: number;

  @Column({ name: 'unit_id', type: 'integer', nullable: true })
  unitId!: number | null;

  /** The version of the unit that was judged. */
  @Column({ name: 'unit_version', type: 'integer', nullable: true })
  unitVersion!: number | null;

  @Column({ name: 'actor_id', type: 'integer', nullable: true })
  actorId!: number | null;

  @Column({ type: 'varchar', length: 20 })
  verdict!: ReviewVerdict;

  /** An editor approving their own work on a one-person site: recorded and shown as such. */
  @Column({ name: 'self_approval', type: 'boolean', default: false })
  selfApproval!: boolean;

  @Column({ type: 'text', default: '' })
  comment!: string;

  @Column({ name: 'created_at', type: TIMESTAMP })
  createdAt!: Date;
}
