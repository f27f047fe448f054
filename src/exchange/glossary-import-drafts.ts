import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';

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
 * draft per person (a new preview replaces the last), kept in memory for half an hour: a
 * restart only means previewing again. The token is useless to anyone but its importer.
 */
@Injectable()
export class GlossaryImportDrafts {
  private readonly drafts = new Map<string, GlossaryImportDraft & { expires: number }>();

  keep(draft: GlossaryImportDraft): string {
    const now = Date.now();
    for (const [token, kept] of this.drafts) {
      if (kept.userId === draft.userId || kept.expires <= now) this.drafts.delete(token);
    }
    const token = randomBytes(18).toString('base64url');
    this.drafts.set(token, { ...draft, expires: now + TTL_MS });
    return token;
  }

  /** The draft of this person under this token, if it has not expired. */
  find(userId: number, token: string): GlossaryImportDraft | undefined {
    const draft = this.drafts.get(token);
    if (!draft || draft.userId !== userId) return undefined;
    if (draft.expires <= Date.now()) {
      this.drafts.delete(token);
      return undefined;
    }
    return draft;
  }

  drop(token: string): void {
    this.drafts.delete(token);
  }
}
