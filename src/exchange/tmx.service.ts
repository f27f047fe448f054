import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { pairKey, type LanguagePair } from '../config/language-pairs.rules.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { TranslationMemoryService } from '../memory/translation-memory.service.js';
import type { UserSummary } from '../users/user.entity.js';
import { scanTmx, writeTmx } from './tmx.rules.js';

export interface TmxImportReport {
  imported: number;
  skipped: number;
  originFile: string;
}

/**
 * The memory of one language pair as TMX, out and in. Out: only entries anyone working in the
 * pair may already see as matches (imported ones, and those of published translations), and
 * only to people working in that pair. In: editors, who answer for what the memory suggests.
 */
@Injectable()
export class TmxService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly memory: TranslationMemoryService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async export(user: UserSummary, sourceLanguage: string, targetLanguage: string) {
    const pair = this.usablePair(user, sourceLanguage, targetLanguage);
    const rows = await this.memory.entriesOf(pair.source, pair.target);
    const xml = writeTmx({
      sourceLanguage,
      targetLanguage,
      date: new Date(),
      pairs: rows.map((r) => ({
        source: r.source,
        target: r.target,
        origin: r.originFile ? `${r.origin}: ${r.originFile}` : r.origin,
      })),
    });
    return { filename: `memory-${sourceLanguage}-${targetLanguage}.tmx`, xml };
  }

  async import(
    user: UserSummary,
    sourceLanguage: string,
    targetLanguage: string,
    file: { bytes: Buffer; filename: string },
  ): Promise<TmxImportReport> {
    const pair = this.usablePair(user, sourceLanguage, targetLanguage);
    if (!user.roles.includes('editor'))
      throw new DomainError('forbidden', 'exchange:tmx-editors-only');
    const limits = { maxDepth: 32, maxBytes: this.config.maxUploadBytes };
    // Read twice, keeping nothing the first time: a bad or cut-short file is refused before
    // anything is written, and memory holds one slice of pairs at a time, not the whole file's.
    const doc = await scanTmx(file.bytes, sourceLanguage, targetLanguage, limits, () =>
      Promise.resolve(),
    );
    if (doc.pairs === 0)
      throw new DomainError('invalid', 'exchange:tmx-no-pairs', {
        source: sourceLanguage,
        target: targetLanguage,
      });
    const originFile = `${file.filename}${doc.creationTool ? ` (${doc.creationTool})` : ''}`.slice(
      0,
      200,
    );
    await this.transactions.write(async (m) => {
      await scanTmx(file.bytes, sourceLanguage, targetLanguage, limits, async (pairs) => {
        await this.memory.importMany(m, pair.source, pair.target, pairs, originFile);
      });
      await this.audit.record(m, {
        actorId: user.id,
        action: 'memory.tmx-imported',
        objectType: 'memory',
        objectId: null,
        details: { pair: pairKey(pair), imported: doc.pairs },
      });
    });
    return { imported: doc.pairs, skipped: doc.skipped, originFile };
  }

  /** The configured pair these languages name, if the user may use its memory. */
  private usablePair(
    user: UserSummary,
    sourceLanguage: string,
    targetLanguage: string,
  ): LanguagePair {
    const pair = this.config.languagePairs.find(
      (p) => p.source === sourceLanguage && p.target === targetLanguage,
    );
    if (!pair)
      throw new DomainError('invalid', 'exchange:tmx-unknown-pair', {
        pair: `${sourceLanguage}>${targetLanguage}`,
      });
    if (!user.roles.includes('editor') && !user.languagePairs.includes(pairKey(pair)))
      throw new DomainError('forbidden', 'exchange:tmx-not-your-pair', { pair: pairKey(pair) });
    return pair;
  }
}
