import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource, LessThan, type EntityManager } from 'typeorm';
import { DomainEvents } from '../common/domain-events.js';
import { TokenHasher } from '../common/token-hasher.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { InstanceCoordination } from '../database/instance-coordination.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { Session } from './session.entity.js';

const ANONYMOUS_TTL_MS = 2 * 60 * 60 * 1000;
// Extending the expiry on every request would write on every request.
const TOUCH_AFTER_MS = 5 * 60 * 1000;

export interface StartedSession {
  token: string;
  session: Session;
}

@Injectable()
export class SessionService implements OnModuleInit, OnModuleDestroy {
  private purgeTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly tokens: TokenHasher,
    private readonly coordination: InstanceCoordination,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.purgeTimer = setInterval(() => void this.purgeExpired(), 60 * 60 * 1000);
    this.purgeTimer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.purgeTimer);
  }

  /** A new session with a new id: sign-in never reuses the id an anonymous visitor had. */
  async start(userId: number | null): Promise<StartedSession> {
    const token = this.tokens.newToken();
    const now = new Date();
    const ttl = userId === null ? ANONYMOUS_TTL_MS : this.config.sessionTtlHours * 3_600_000;
    const session = this.dataSource.getRepository(Session).create({
      id: this.tokens.hash(token),
      userId,
      csrfToken: this.tokens.newToken(24),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ttl),
    });
    await this.transactions.write((m) => m.insert(Session, session));
    return { token, session };
  }

  async load(token: string | undefined): Promise<Session | null> {
    if (!token || token.length > 100) return null;
    const session = await this.dataSource
      .getRepository(Session)
      .findOneBy({ id: this.tokens.hash(token) });
    if (!session) return null;
    const now = Date.now();
    if (session.expiresAt.getTime() <= now) return null;
    if (session.userId !== null && now - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      const expiresAt = new Date(now + this.config.sessionTtlHours * 3_600_000);
      await this.transactions.write((m) =>
        m.update(Session, { id: session.id }, { lastSeenAt: new Date(now), expiresAt }),
      );
      session.lastSeenAt = new Date(now);
      session.expiresAt = expiresAt;
    }
    return session;
  }

  async end(sessionId: string): Promise<void> {
    await this.transactions.write((m) => m.delete(Session, { id: sessionId }));
  }

  async revokeAllForUser(
    manager: EntityManager,
    userId: number,
    exceptSessionId?: string,
  ): Promise<void> {
    const qb = manager
      .createQueryBuilder()
      .delete()
      .from(Session)
      .where('user_id = :userId', { userId });
    if (exceptSessionId) qb.andWhere('id != :id', { id: exceptSessionId });
    await qb.execute();
  }

  async countForUser(userId: number): Promise<number> {
    return this.dataSource.getRepository(Session).countBy({ userId });
  }

  /**
   * Hourly on every instance; on a shared database one of them does it at a time. Other
   * features' expired rows go in the same run (`expired.purge`); the count is of sessions.
   */
  async purgeExpired(): Promise<number> {
    return this.transactions.write(async (m) => {
      if (!(await this.coordination.tryExclusive(m, 'session-purge'))) return 0;
      await this.coordination.forgetExpired(m);
      const now = new Date();
      await this.events.emit(m, 'expired.purge', { now });
      const result = await m.delete(Session, { expiresAt: LessThan(now) });
      return result.affected ?? 0;
    });
  }
}
