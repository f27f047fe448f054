import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomBytes } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { PasswordHasher } from '../users/password-hasher.js';
import { handleKey, summariseUser, type UserSummary } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { RateLimiter } from './rate-limiter.rules.js';
import { SessionService, type StartedSession } from './session.service.js';

const WINDOW_MS = 15 * 60 * 1000;

@Injectable()
export class SignInService {
  private readonly perHandle: RateLimiter;
  private readonly perClient: RateLimiter;
  // Client addresses are keyed through a per-process secret: not even memory holds them raw.
  private readonly clientKeySecret = randomBytes(32);

  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.perHandle = new RateLimiter(config.signInLimitPerHandle, WINDOW_MS);
    this.perClient = new RateLimiter(config.signInLimitPerClient, WINDOW_MS);
  }

  clientKey(address: string): string {
    return createHmac('sha256', this.clientKeySecret).update(address).digest('hex');
  }

  /**
   * Unknown handle, wrong password, disabled account: one answer, so sign-in does not tell
   * which handles exist. Both limits reserve the attempt up front; a success gives its reservation back.
   */
  async signIn(
    handle: string,
    password: string,
    clientAddress: string,
    previousSessionId?: string,
  ): Promise<{ user: UserSummary; started: StartedSession }> {
    const handleLimitKey = handleKey(handle);
    const clientLimitKey = this.clientKey(clientAddress);
    if (this.perHandle.isBlocked(handleLimitKey) || this.perClient.isBlocked(clientLimitKey)) {
      const minutes = Math.max(
        1,
        Math.ceil(
          Math.max(
            this.perHandle.retryAfter(handleLimitKey),
            this.perClient.retryAfter(clientLimitKey),
          ) / 60,
        ),
      );
      throw new DomainError('rate_limited', 'errors:sign-in-rate-limited', { count: minutes });
    }
    // The attempt is counted before the first await: parallel requests would otherwise all pass
    // the check above while the hash is evaluated, and the limit would bound nothing.
    this.perHandle.hit(handleLimitKey);
    this.perClient.hit(clientLimitKey);
    const found = await this.users.findForSignIn(handle);
    const valid = await this.hasher.verify(found?.passwordHash ?? null, password);
    if (!found || !valid || found.user.disabled || found.user.deletedAt) {
      throw new DomainError('unauthenticated', 'errors:sign-in-failed');
    }
    this.perHandle.reset(handleLimitKey);
    this.perClient.release(clientLimitKey);
    const user = found.user;
    const started = await this.transactions.write(async (manager) => {
      if (previousSessionId) await this.sessions.end(previousSessionId);
      const session = await this.sessions.start(user.id);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'user.signed-in',
        objectType: 'user',
        objectId: user.id,
      });
      return session;
    });
    return { user: summariseUser(user), started };
  }

  async signOut(sessionId: string, userId: number | null): Promise<void> {
    await this.transactions.write(async (manager) => {
      await this.sessions.end(sessionId);
      if (userId !== null) {
        await this.audit.record(manager, {
          actorId: userId,
          action: 'user.signed-out',
          objectType: 'user',
          objectId: userId,
        });
      }
    });
  }
}
