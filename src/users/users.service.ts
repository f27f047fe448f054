import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CredentialRevoker } from '../common/credential-revoker.js';
import { DomainEvents } from '../common/domain-events.js';
import { DomainError, ValidationFailed, notFound } from '../common/errors/domain-error.js';
import { isRole, type Role } from '../common/roles.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { pairKey } from '../config/language-pairs.rules.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { updateVersioned } from '../database/versioned-update.js';
import { isMixedScript } from './handle-skeleton.rules.js';
import { PasswordHasher } from './password-hasher.js';
import { HANDLE_PATTERN } from './user.dto.js';
import { User, handleKey, summariseUser, type UserSummary } from './user.entity.js';

export interface NewUser {
  handle: string;
  password: string;
  roles: Role[];
  languagePairs: string[];
  email?: string | undefined;
}

/** Accounts: creation, access (roles and pairs), disabling and deletion. */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly revoker: CredentialRevoker,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Hashes first (slow, off the write queue), then inserts inside the caller's transaction. */
  async prepare(
    input: NewUser,
  ): Promise<(manager: EntityManager, actorId: number | null) => Promise<User>> {
    this.checkNewUser(input);
    const passwordHash = await this.hasher.hash(input.password);
    return async (manager, actorId) => {
      const key = handleKey(input.handle);
      const taken = await manager
        .getRepository(User)
        .createQueryBuilder('u')
        .where('u.handle_key = :key', { key })
        .getCount();
      if (taken > 0) throw ValidationFailed.field('handle', 'validation:handle-taken');
      const now = new Date();
      const user = manager.getRepository(User).create({
        handle: input.handle,
        handleKey: key,
        email: input.email?.trim() || null,
        passwordHash,
        roles: [...new Set(input.roles)],
        languagePairs: [...new Set(input.languagePairs)],
        disabled: false,
        deletedAt: null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      const saved = await manager.getRepository(User).save(user);
      await this.audit.record(manager, {
        actorId: actorId ?? saved.id,
        action: 'user.created',
        objectType: 'user',
        objectId: saved.id,
        details: { roles: saved.roles.join(','), pairs: saved.languagePairs.join(',') },
      });
      return saved;
    };
  }

  async create(input: NewUser, actorId: number | null = null): Promise<UserSummary> {
    const insert = await this.prepare(input);
    return summariseUser(await this.transactions.write((manager) => insert(manager, actorId)));
  }

  async list(): Promise<User[]> {
    return this.dataSource
      .getRepository(User)
      .find({ where: { deletedAt: IsNull() }, order: { id: 'ASC' } });
  }

  async get(id: number): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user || user.deletedAt) throw notFound('errors:user-not-found');
    return user;
  }

  async findSummary(id: number): Promise<UserSummary | null> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    return user ? summariseUser(user) : null;
  }

  /** For sign-in only: the one place a password hash is read. */
  async findForSignIn(handle: string): Promise<{ user: User; passwordHash: string | null } | null> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.handle_key = :key', { key: handleKey(handle) })
      .getOne();
    return user ? { user, passwordHash: user.passwordHash } : null;
  }

  async handlesOf(ids: number[]): Promise<Map<number, string | null>> {
    if (ids.length === 0) return new Map();
    const users = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getMany();
    return new Map(users.map((u) => [u.id, u.handle]));
  }

  async updateAccess(
    actorId: number,
    id: number,
    version: number,
    roles: Role[],
    pairs: string[],
  ): Promise<User> {
    this.checkAccess(roles, pairs);
    return this.transactions.write(async (manager) => {
      const before = await this.getIn(manager, id);
      const updated = await updateVersioned(manager, User, id, version, {
        roles: [...new Set(roles)],
        languagePairs: [...new Set(pairs)],
        updatedAt: new Date(),
      });
      await this.audit.record(manager, {
        actorId,
        action: 'user.access-changed',
        objectType: 'user',
        objectId: id,
        details: {
          rolesBefore: before.roles.join(','),
          roles: updated.roles.join(','),
          pairsBefore: before.languagePairs.join(','),
          pairs: updated.languagePairs.join(','),
        },
      });
      return updated;
    });
  }

  async setDisabled(
    actorId: number,
    id: number,
    version: number,
    disabled: boolean,
  ): Promise<User> {
    if (actorId === id && disabled) throw new DomainError('invalid', 'errors:cannot-disable-self');
    return this.transactions.write(async (manager) => {
      await this.getIn(manager, id);
      const updated = await updateVersioned(manager, User, id, version, {
        disabled,
        updatedAt: new Date(),
      });
      if (disabled) await this.revoker.revokeAll(manager, id);
      await this.audit.record(manager, {
        actorId,
        action: disabled ? 'user.disabled' : 'user.enabled',
        objectType: 'user',
        objectId: id,
      });
      return updated;
    });
  }

  /**
   * Removes everything personal: handle, email and password hash. The row stays so that past
   * work keeps its links; readers see it credited to "former volunteer". Nothing of the old
   * values stays in the database files: on SQLite `secure_delete` zeroes them and the WAL is
   * truncated; on PostgreSQL the tables that held them are rewritten.
   */
  async deleteAccount(actorId: number, id: number): Promise<void> {
    await this.transactions.write(async (manager) => {
      await this.getIn(manager, id);
      await manager.getRepository(User).update({ id }, {
        handle: null,
        handleKey: null,
        email: null,
        passwordHash: null,
        disabled: true,
        roles: [],
        languagePairs: [],
        deletedAt: new Date(),
        updatedAt: new Date(),
        version: () => 'version + 1',
      } as never);
      await this.revoker.revokeAll(manager, id);
      await this.events.emit(manager, 'account.deleted', { userId: id });
      await this.audit.record(manager, {
        actorId: actorId === id ? null : actorId,
        action: 'user.deleted',
        objectType: 'user',
        objectId: id,
      });
    });
    await this.transactions.scrubFreedBytes([
      'user',
      'session',
      'api_token',
      'glossary_import_draft',
    ]);
  }

  async setPasswordHash(manager: EntityManager, id: number, passwordHash: string): Promise<void> {
    await manager.getRepository(User).update({ id }, {
      passwordHash,
      updatedAt: new Date(),
      version: () => 'version + 1',
    } as never);
  }

  async passwordHashOf(id: number): Promise<string | null> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id })
      .getOne();
    return user?.passwordHash ?? null;
  }

  async count(): Promise<number> {
    return this.dataSource.getRepository(User).count();
  }

  private async getIn(manager: EntityManager, id: number): Promise<User> {
    const user = await manager.getRepository(User).findOneBy({ id });
    if (!user || user.deletedAt) throw notFound('errors:user-not-found');
    return user;
  }

  checkNewUser(input: NewUser): void {
    const problems = [];
    if (!HANDLE_PATTERN.test(input.handle))
      problems.push({ field: 'handle', key: 'validation:handle', params: {} });
    else if (isMixedScript(input.handle))
      problems.push({ field: 'handle', key: 'validation:handle-mixed-script', params: {} });
    if (input.password.length < 10 || input.password.length > 200) {
      problems.push({ field: 'password', key: 'validation:min-length', params: { min: 10 } });
    }
    if (problems.length) throw new ValidationFailed(problems);
    this.checkAccess(input.roles, input.languagePairs);
  }

  private checkAccess(roles: Role[], pairs: string[]): void {
    if (roles.length === 0 || !roles.every(isRole)) {
      throw ValidationFailed.field('roles', 'validation:choose-at-least', { count: 1 });
    }
    const configured: readonly string[] = this.config.languagePairs.map(pairKey);
    const unknown = pairs.filter((p) => !configured.includes(p));
    if (unknown.length) {
      throw ValidationFailed.field('languagePairs', 'validation:unknown-language-pair', {
        pairs: unknown.join(', '),
      });
    }
  }
}
