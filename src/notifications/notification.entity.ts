import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const NOTIFICATION_KINDS = [
  'changes-requested',
  'approved',
  'published',
  'mentioned',
  'new-source',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * What a notification needs to be told again later. People are kept as ids, never as handles:
 * a deleted account then reads as "former volunteer" here too.
 */
export interface NotificationData {
  actorId?: number | null;
  title?: string;
  sourceId?: number;
  commentId?: number;
  /** The publication's page, for readers. */
  url?: string;
  version?: number;
}

/** One entry of a user's inbox. */
@Entity('notification')
export class Notification {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'user_id', type: 'integer' })
  userId!: number;

  @Column({ type: 'varchar', length: 32 })
  kind!: NotificationKind;

  @Column({ name: 'translation_id', type: 'integer', nullable: true })
  translationId!: number | null;

  @Column({ type: 'simple-json' })
  data!: NotificationData;

  @Column({ name: 'read_at', type: TIMESTAMP, nullable: true })
  readAt!: Date | null;

  @Column({ name: 'created_at', type: TIMESTAMP })
  createdAt!: Date;
}
