import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One message of a discussion on a translation or on one of its units. A thread is a root
 * comment (`parentId` null) and its replies; only roots are resolved.
 */
@Entity('comment')
export class Comment {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'translation_id', type: 'integer' })
  translationId!: number;

  /** Null: about the whole translation. */
  @Column({ name: 'unit_id', type: 'integer', nullable: true })
  unitId!: number | null;

  /** The thread's root; replies to replies are attached to the root too. */
  @Column({ name: 'parent_id', type: 'integer', nullable: true })
  parentId!: number | null;

  /** Null once the author's account is deleted. */
  @Column({ name: 'author_id', type: 'integer', nullable: true })
  authorId!: number | null;

  /** Plain text, shown escaped. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'resolved_at', type: TIMESTAMP, nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'resolved_by_id', type: 'integer', nullable: true })
  resolvedById!: number | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: TIMESTAMP })
  createdAt!: Date;
}
