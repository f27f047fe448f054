import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { DomainError, notFound } from '../common/errors/domain-error.js';
import { TokenHasher } from '../common/token-hasher.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { ApiToken } from './api-token.entity.js';

const TOKEN_PREFIX = 'brg_';
const MAX_ACTIVE_TOKENS = 20;
const TOUCH_AFTER_MS = 60_000;

export interface CreatedApiToken {
  token: ApiToken;
  /** Shown once; only its hash is stored. */
  secret: string;
}

@Injectable()
export class ApiTokensService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly tokens: TokenHasher,
    private readonly audit: AuditService,
  ) {}

  async create(userId: number, name: string): Promise<CreatedApiToken> {
    const secret = `${TOKEN_PREFIX}${this.tokens.newToken()}`;
    const token = await this.transactions.write(async (manager) => {
      const active = await manager.countBy(ApiToken, { userId, revokedAt: IsNull() });
      if (active >= MAX_ACTIVE_TOKENS) {
        throw new DomainError('invalid', 'errors:too-many-tokens', { max: MAX_ACTIVE_TOKENS });
      }
      const saved = await manager.save(
        manager.create(ApiToken, {
          userId,
          name,
          tokenHash: this.tokens.hash(secret),
          prefix: secret.slice(0, 10),
          createdAt: new Date(),
          lastUsedAt: null,
          revokedAt: null,
        }),
      );
      await this.audit.record(manager, {
        actorId: userId,
        action: 'api-token.created',
        objectType: 'api-token',
        objectId: saved.id,
      });
      return saved;
    });
    return { token, secret };
  }

  async list(userId: number): Promise<ApiToken[]> {
    return this.dataSource
      .getRepository(ApiToken)
      .find({ where: { userId }, order: { id: 'DESC' } });
  }

  async revoke(userId: number, id: number): Promise<void> {
    await this.transactions.write(async (manager) => {
      const token = await manager.findOneBy(ApiToken, { id, userId });
      if (!token) throw notFound();
      if (token.revokedAt) return;
      await manager.update(ApiToken, { id }, { revokedAt: new Date() });
      await this.audit.record(manager, {
        actorId: userId,
        action: 'api-token.revoked',
        objectType: 'api-token',
        objectId: id,
      });
    });
  }

  /** The owner of a live token, or null. */
  async authenticate(secret: string): Promise<{ userId: number; tokenId: number } | null> {
    if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 100) return null;
    const token = await this.dataSource
      .getRepository(ApiToken)
      .findOneBy({ tokenHash: this.tokens.hash(secret) });
    if (!token || token.revokedAt) return null;
    const now = Date.now();
    if (!token.lastUsedAt || now - token.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
      await this.transactions.write((m) =>
        m.update(ApiToken, { id: token.id }, { lastUsedAt: new Date(now) }),
      );
    }
    return { userId: token.userId, tokenId: token.id };
  }
}
