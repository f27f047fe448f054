import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to what, and when. Never a network address. */
@Entity('audit_event')
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'actor_id', type: 'integer', nullable: true })
  actorId!: number | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ name: 'object_type', type: 'varchar', length: 32 })
  objectType!: string;

  @Column({ name: 'object_id', type: 'varchar', length: 64, nullable: true })
  objectId!: string | null;

  @Column({ type: 'simple-json' })
  details!: Record<string, string | number | boolean | null>;

  @Column({ name: 'created_at', type: TIMESTAMP })
  createdAt!: Date;
}
