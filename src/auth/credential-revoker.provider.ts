import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CredentialRevoker } from '../common/credential-revoker.js';
import { ApiToken } from './api-token.entity.js';
import { SessionService } from './session.service.js';

@Injectable()
export class SessionAndTokenRevoker extends CredentialRevoker {
  constructor(private readonly sessions: SessionService) {
    super();
  }

  async revokeAll(
    manager: EntityManager,
    userId: number,
    options: { exceptSessionId?: string } = {},
  ): Promise<void> {
    await this.sessions.revokeAllForUser(manager, userId, options.exceptSessionId);
    await manager
      .createQueryBuilder()
      .update(ApiToken)
      .set({ revokedAt: new Date() })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
  }
}
