import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../common/roles.js';
import { handleSkeleton } from './handle-skeleton.rules.js';

@Entity('user')
export class User {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  /** Public pseudonym; null once the account is deleted. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  handle!: string | null;

  @Column({
    name: 'handle_key',
    type: 'varchar',
    length: 32,
    nullable: true,
    unique: true,
    select: false,
  })
  handleKey!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 200, nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ type: 'simple-json' })
  roles!: Role[];

  /** Directions such as "ru>en". */
  @Column({ name: 'language_pairs', type: 'simple-json' })
  languagePairs!: string[];

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  @Column({ name: 'deleted_at', type: TIMESTAMP, nullable: true })
  deletedAt!: Date | null;

  @Column({ name: 'created_at', type: TIMESTAMP })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: TIMESTAMP })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}

/** Handles that look alike share a key, so a lookalike cannot be registered or signed in apart. */
export function handleKey(handle: string): string {
  return handleSkeleton(handle);
}

/** What other features see of a user: enough to show and to check permissions. */
export interface UserSummary {
  id: number;
  handle: string | null;
  roles: Role[];
  languagePairs: string[];
  disabled: boolean;
  deleted: boolean;
}

export function summariseUser(user: User): UserSummary {
  return {
    id: user.id,
    handle: user.handle,
    roles: user.roles,
    languagePairs: user.languagePairs,
    disabled: user.disabled,
    deleted: user.deletedAt !== null,
  };
}
