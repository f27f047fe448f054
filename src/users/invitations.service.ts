import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { DomainError, forbidden, notFound } from '../common/errors/domain-error.js';
import type { Role } from '../common/roles.js';
import { TokenHasher } from '../common/token-hasher.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { Invitation } from './invitation.entity.js';
import type { UserSummary } from './user.entity.js';
import { UsersService } from './users.service.js';

export interface CreatedInvitation {
  invitation: Invitation;
  /** Shown once; only its hash is stored. */
  url: string;
}

export type InvitationState = 'pending' | 'used' | 'expired' | 'revoked';

export function invitationState(invitation: Invitation, now = new Date()): InvitationState {
  if (invitation.revokedAt) return 'revoked';
  if (invitation.usedAt) return 'used';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'pending';
}

@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly tokens: TokenHasher,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Editors may invite anyone but an admin; only an admin hands out admin rights. */
  async create(
    inviter: UserSummary,
    input: {
      roles: Role[];
      languagePairs: string[];
      note?: string | undefined;
      expiresInDays?: number;
    },
  ): Promise<CreatedInvitation> {
    if (!inviter.roles.some((r) => r === 'editor' || r === 'admin')) throw forbidden();
    if (input.roles.includes('admin') && !inviter.roles.includes('admin')) {
      throw forbidden('errors:only-admin-invites-admin');
    }
    this.users.checkNewUser({
      handle: 'placeholder',
      password: 'placeholder-password',
      roles: input.roles,
      languagePairs: input.languagePairs,
    });
    const token = this.tokens.newToken();
    const days = input.expiresInDays ?? this.config.invitationTtlDays;
    const invitation = await this.transactions.write(async (manager) => {
      const now = new Date();
      const saved = await manager.getRepository(Invitation).save(
        manager.getRepository(Invitation).create({
          tokenHash: this.tokens.hash(token),
          roles: [...new Set(input.roles)],
          languagePairs: [...new Set(input.languagePairs)],
          note: input.note ?? '',
          createdById: inviter.id,
          createdAt: now,
          expiresAt: new Date(now.getTime() + days * 86_400_000),
          usedAt: null,
          usedById: null,
          revokedAt: null,
        }),
      );
      await this.audit.record(manager, {
        actorId: inviter.id,
        action: 'invitation.created',
        objectType: 'invitation',
        objectId: saved.id,
        details: { roles: saved.roles.join(','), pairs: saved.languagePairs.join(',') },
      });
      return saved;
    });
    return { invitation, url: `${this.config.publicUrl}/invitations/${token}` };
  }

  async list(): Promise<Invitation[]> {
    return this.dataSource.getRepository(Invitation).find({ order: { id: 'DESC' }, take: 200 });
  }

  /** The invitation behind a link, if it can still be used; otherwise a translated refusal. */
  async findUsable(token: string): Promise<Invitation> {
    const invitation = await this.byToken(token);
    this.assertUsable(invitation);
    return invitation;
  }

  async accept(
    token: string,
    input: { handle: string; password: string; email?: string | undefined },
  ): Promise<UserSummary> {
    const invitation = await this.findUsable(token);
    const insert = await this.users.prepare({
      handle: input.handle,
      password: input.password,
      email: input.email,
      roles: invitation.roles,
      languagePairs: invitation.languagePairs,
    });
    const user = await this.transactions.write(async (manager) => {
      const fresh = await manager.getRepository(Invitation).findOneByOrFail({ id: invitation.id });
      this.assertUsable(fresh);
      const created = await insert(manager, null);
      // The condition makes a second acceptance racing this one change nothing.
      const result = await manager
        .getRepository(Invitation)
        .createQueryBuilder()
        .update()
        .set({ usedAt: new Date(), usedById: created.id })
        .where('id = :id AND used_at IS NULL', { id: invitation.id })
        .execute();
      if (!result.affected) throw new DomainError('invalid', 'errors:invitation-used');
      await this.audit.record(manager, {
        actorId: created.id,
        action: 'invitation.accepted',
        objectType: 'invitation',
        objectId: invitation.id,
      });
      return created;
    });
    return {
      id: user.id,
      handle: user.handle,
      roles: user.roles,
      languagePairs: user.languagePairs,
      disabled: false,
      deleted: false,
    };
  }

  async revoke(actor: UserSummary, id: number): Promise<void> {
    await this.transactions.write(async (manager) => {
      const invitation = await manager.getRepository(Invitation).findOneBy({ id });
      if (!invitation) throw notFound();
      if (invitation.roles.includes('admin') && !actor.roles.includes('admin')) throw forbidden();
      if (invitationState(invitation) !== 'pending')
        throw new DomainError('invalid', 'errors:invitation-not-pending');
      await manager.getRepository(Invitation).update({ id }, { revokedAt: new Date() });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'invitation.revoked',
        objectType: 'invitation',
        objectId: id,
      });
    });
  }

  private async byToken(token: string): Promise<Invitation> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw notFound('errors:invitation-invalid');
    const invitation = await this.dataSource
      .getRepository(Invitation)
      .findOneBy({ tokenHash: this.tokens.hash(token) });
    if (!invitation) throw notFound('errors:invitation-invalid');
    return invitation;
  }

  private assertUsable(invitation: Invitation): void {
    const state = invitationState(invitation);
    if (state === 'used') throw new DomainError('invalid', 'errors:invitation-used');
    if (state === 'expired') throw new DomainError('invalid', 'errors:invitation-expired');
    if (state === 'revoked') throw new DomainError('invalid', 'errors:invitation-invalid');
  }
}
