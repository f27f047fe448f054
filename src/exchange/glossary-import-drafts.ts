import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { DomainEvents } from '../common/domain-events.js';
import { TokenHasher } from '../common/token-hasher.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { GlossaryImportDraftRow } from './glossary-import-draft.entity.js';

export type GlossaryFileFormat = 'tbx' | 'csv';

/** A previewed file waiting for its importer's confirmation. */
export interface GlossaryImportDraft {
  userId: number;
  format: GlossaryFileFormat;
  sourceLanguage: string;
  targetLanguage: string | null;
  bytes: Buffer;
  /** The glossary revision the preview was made against. */
  revision: string;
}

const TTL_MS = 30 * 60 * 1000;

/**
 * Previewed imports by token, so that a page can confirm without sending the file again. One
 * draft per person (a new preview replaces the last), kept for half an hour in the database, so
 * that instances sharing it all find the draft. The row holds only the token's keyed hash, and
 * the token is useless to anyone but its importer. Expired drafts go with the hourly purge, a
 * deleted account's with the account (deletion keeps the user row, so no cascade fires).
 */
@Injectable()
export class GlossaryImportDrafts implements OnModuleInit {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly tokens: TokenHasher,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.events.on('account.deleted', async (m, { userId }) => {
      await m.delete(GlossaryImportDraftRow, { userId });
    });
    this.events.on('expired.purge', async (m, { now }) => {
      await m.delete(GlossaryImportDraftRow, { expiresAt: LessThan(now) });
    });
  }

  async keep(draft: GlossaryImportDraft): Promise<string> {
    const token = this.tokens.newToken(18);
    const now = Date.now();
    await this.transactions.write(async (m) => {
      await m.delete(GlossaryImportDraftRow, { userId: draft.userId });
      await m.insert(GlossaryImportDraftRow, {
        ...draft,
        tokenHash: this.tokens.hash(token),
        expiresAt: new Date(now + TTL_MS),
      });
    });
    return token;
  }

  /** The draft of this person under this token, if it has not expired. */
  async find(userId: number, token: string): Promise<GlossaryImportDraft | undefined> {
    if (token.length > 100) return undefined;
    const row = await this.transactions.manager
      .getRepository(GlossaryImportDraftRow)
      .findOneBy({ tokenHash: this.tokens.hash(token), userId });
    if (!row || row.expiresAt.getTime() <= Date.now()) return undefined;
    return {
      userId: row.userId,
      format: row.format,
      sourceLanguage: row.sourceLanguage,
      targetLanguage: row.targetLanguage,
      bytes: Buffer.from(row.bytes),
      revision: row.revision,
    };
  }

  async drop(token: string): Promise<void> {
    await this.transactions.write((m) =>
      m.delete(GlossaryImportDraftRow, { tokenHash: this.tokens.hash(token) }),
    );
  }
}
