import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A server-side session; the cookie holds a random token, the row only its keyed hash. */
@Entity('session')
export class Session {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  /** Null for the short anonymous session that carries the sign-in form's CSRF token. */
  @Column({ name: 'user_id', type: 'integer', nullable: true })
  userId!: number | null;

  @Column({ name: 'csrf_token', type: 'varchar', length: 64 })
  csrfToken!: string;

  @Column({ name: 'created_at', type: TIMESTAMP })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: TIMESTAMP })
  lastSeenAt!: Date;

  @Column({ name: 'expires_at', type: TIMESTAMP })
  expiresAt!: Date;
}
