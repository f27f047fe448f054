import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { CredentialRevoker } from '../common/credential-revoker.js';
import { ValidationFailed } from '../common/errors/domain-error.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { PasswordHasher } from './password-hasher.js';
import { UsersService } from './users.service.js';

@Injectable()
export class PasswordService {
  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly transactions: TransactionRunner,
    private readonly revoker: CredentialRevoker,
    private readonly audit: AuditService,
  ) {}

  /**
   * A changed password ends every other session and every API token of the account: whoever
   * learnt the old one is locked out at once. The session making the change stays.
   */
  async change(
    userId: number,
    currentPassword: string,
    newPassword: string,
    keepSessionId?: string,
  ): Promise<void> {
    const ok = await this.hasher.verify(await this.users.passwordHashOf(userId), currentPassword);
    if (!ok) throw ValidationFailed.field('currentPassword', 'validation:wrong-password');
    if (newPassword.length < 10)
      throw ValidationFailed.field('newPassword', 'validation:min-length', { min: 10 });
    const passwordHash = await this.hasher.hash(newPassword);
    await this.transactions.write(async (manager) => {
      await this.users.setPasswordHash(manager, userId, passwordHash);
      await this.revoker.revokeAll(
        manager,
        userId,
        keepSessionId ? { exceptSessionId: keepSessionId } : {},
      );
      await this.audit.record(manager, {
        actorId: userId,
        action: 'user.password-changed',
        objectType: 'user',
        objectId: userId,
      });
    });
  }
}
