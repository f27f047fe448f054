import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../common/roles.js';

@Entity('invitation')
export class Invitation {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true, select: false })
  tokenHash!: string;

  @Column({ type: 'simple-json' })
  roles!: Role[];

  @Column({ name: 'language_pairs', type: 'simple-json' })
  languagePairs!: string[];

  @Column({ type: 'varchar', length: 200, default: '' })
  note!: string;

  @Column({ name: 'created_by_id', type: 'integer', nullable: true })
  createdById!: number | null;

  @Column({ name: 'created_at', type: TIMESTAMP })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: TIMESTAMP })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: TIMESTAMP, nullable: true })
  usedAt!: Date | null;

  @Column({ name: 'used_by_id', type: 'integer', nullable: true })
  usedById!: number | null;

  @Column({ name: 'revoked_at', type: TIMESTAMP, nullable: true })
  revokedAt!: Date | null;
}
