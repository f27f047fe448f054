import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { InstanceCoordination } from '../database/instance-coordination.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { PasswordHasher } from '../users/password-hasher.js';
import { handleKey, summariseUser, type UserSummary } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { SessionService, type StartedSession } from './session.service.js';

const WINDOW_MS = 15 * 60 * 1000;

@Injectable()
export class SignInService {
  private readonly perHandle: number;
  private readonly perClient: number;
  /**
   * Client addresses are keyed through a secret: neither memory nor the shared table holds them
   * raw. Derived from the session secret, which every instance of a site shares, so that the
   * attempts of one client count together whichever instance they reach.
   */
  private readonly clientKeySecret: Buffer;

  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly limits: InstanceCoordination,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.perHandle = config.signInLimitPerHandle;
    this.perClient = config.signInLimitPerClient;
    this.clientKeySecret = createHmac('sha256', config.sessionSecret)
      .update('sign-in client key')
      .digest();
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
    // Each limit checks and counts the attempt in one step, before the hash is evaluated:
    // parallel requests would otherwise all pass a check and the limit would bound nothing.
    const byHandle = await this.limits.takeAttempt(
      'handle',
      handleLimitKey,
      this.perHandle,
      WINDOW_MS,
    );
    const byClient = byHandle.blocked
      ? byHandle
      : await this.limits.takeAttempt('client', clientLimitKey, this.perClient, WINDOW_MS);
    if (byClient.blocked) {
      // A refused attempt counts against neither limit.
      if (!byHandle.blocked) await this.limits.giveBack('handle', handleLimitKey, this.perHandle);
      const minutes = Math.max(1, Math.ceil(byClient.retryAfterSeconds / 60));
      throw new DomainError('rate_limited', 'errors:sign-in-rate-limited', { count: minutes });
    }
    const found = await this.users.findForSignIn(handle);
    const valid = await this.hasher.verify(found?.passwordHash ?? null, password);
    if (!found || !valid || found.user.disabled || found.user.deletedAt) {
      throw new DomainError('unauthenticated', 'errors:sign-in-failed');
    }
    await this.limits.forget('handle', handleLimitKey);
    await this.limits.giveBack('client', clientLimitKey, this.perClient);
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
