import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { DomainError, ValidationFailed, type FieldError } from '../common/errors/domain-error.js';
import { validateInput } from '../common/validation/validate-input.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { TextLanguage } from '../config/language-pairs.rules.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { targetLanguagesOf, termProblems } from '../glossary/glossary-input.rules.js';
import { GlossaryTermDto } from '../glossary/glossary.dto.js';
import { GlossaryService } from '../glossary/glossary.service.js';
import type { UserSummary } from '../users/user.entity.js';
import { readGlossaryCsv, writeGlossaryCsv } from './glossary-csv.rules.js';
import {
  GlossaryImportDrafts,
  type GlossaryFileFormat,
  type GlossaryImportDraft,
} from './glossary-import-drafts.js';
import {
  countOutcomes,
  planGlossaryImport,
  type GlossaryRowIn,
  type GlossaryTermInput,
  type PlannedRow,
  type RowOutcome,
} from './glossary-import.rules.js';
import { readTbx, writeTbx } from './tbx.rules.js';

export interface GlossaryImportPreview {
  token: string;
  /** The glossary revision the preview was made against; the commit must carry it back. */
  version: string;
  counts: Record<RowOutcome, number>;
  rows: PlannedRow[];
}

export interface GlossaryImportFile {
  format: GlossaryFileFormat;
  sourceLanguage: TextLanguage;
  /** CSV only: the language of the `target` column. */
  targetLanguage?: TextLanguage;
  bytes: Buffer;
}

/**
 * The glossary as TBX and CSV, out and in. Everyone signed in reads the glossary, so everyone
 * may export it; only editors keep it, so only they import. An import is previewed first (no
 * write), then committed against the glossary revision the preview saw: if any term changed
 * meanwhile the commit is refused and changes nothing.
 */
@Injectable()
export class GlossaryExchangeService {
  constructor(
    private readonly glossary: GlossaryService,
    private readonly transactions: TransactionRunner,
    private readonly drafts: GlossaryImportDrafts,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async exportTbx(sourceLanguage: TextLanguage) {
    this.targetsOf(sourceLanguage);
    const terms = await this.glossary.list({ sourceLanguage });
    return { filename: `glossary-${sourceLanguage}.tbx`, xml: writeTbx(sourceLanguage, terms) };
  }

  async exportCsv(sourceLanguage: TextLanguage, targetLanguage: TextLanguage) {
    this.checkPair(sourceLanguage, targetLanguage);
    const terms = await this.glossary.list({ sourceLanguage });
    return {
      filename: `glossary-${sourceLanguage}-${targetLanguage}.csv`,
      csv: writeGlossaryCsv(targetLanguage, terms),
    };
  }

  async preview(user: UserSummary, file: GlossaryImportFile): Promise<GlossaryImportPreview> {
    this.mayImport(user);
    if (file.format === 'csv') {
      if (!file.targetLanguage)
        throw ValidationFailed.field('targetLanguage', 'validation:required');
      this.checkPair(file.sourceLanguage, file.targetLanguage);
    } else this.targetsOf(file.sourceLanguage);
    const draft: GlossaryImportDraft = {
      userId: user.id,
      format: file.format,
      sourceLanguage: file.sourceLanguage,
      targetLanguage: file.format === 'csv' ? file.targetLanguage! : null,
      bytes: file.bytes,
      revision: await this.glossary.revision(),
    };
    const rows = await this.plan(draft);
    return {
      token: await this.drafts.keep(draft),
      version: draft.revision,
      counts: countOutcomes(rows),
      rows,
    };
  }

  /** Applies a previewed import, all of it in one transaction, if the glossary has not moved. */
  async commit(user: UserSummary, token: string, version: string) {
    this.mayImport(user);
    const draft = await this.drafts.find(user.id, token);
    if (!draft) throw new DomainError('not_found', 'exchange:glossary-preview-gone');
    if (draft.revision !== version) throw new DomainError('conflict', 'exchange:glossary-changed');
    const rows = await this.plan(draft);
    const counts = await this.transactions.write(async (m) => {
      if ((await this.glossary.revision()) !== version)
        throw new DomainError('conflict', 'exchange:glossary-changed');
      for (const row of rows) {
        if (!row.input) continue;
        const dto = validateInput(GlossaryTermDto, row.input);
        if (row.existing)
          await this.glossary.update(user.id, row.existing.id, row.existing.version, dto);
        else await this.glossary.create(user.id, dto);
      }
      // Used up with the import, so a second confirmation (on any instance) finds nothing.
      await this.drafts.drop(token);
      const counted = countOutcomes(rows);
      await this.audit.record(m, {
        actorId: user.id,
        action: 'glossary.imported',
        objectType: 'glossary',
        objectId: null,
        details: { format: draft.format, language: draft.sourceLanguage, ...counted },
      });
      return counted;
    });
    return { counts, rows };
  }

  private async plan(draft: GlossaryImportDraft): Promise<PlannedRow[]> {
    const language = draft.sourceLanguage as TextLanguage;
    const incoming = await this.read(draft);
    const existing = (await this.glossary.list({ sourceLanguage: language })).map((t) => ({
      ...t,
      forms: [...t.forms],
    }));
    return planGlossaryImport(existing, language, incoming, (input) => this.check(input));
  }

  private read(draft: GlossaryImportDraft): Promise<GlossaryRowIn[]> {
    const maxBytes = this.config.maxUploadBytes;
    return draft.format === 'csv'
      ? Promise.resolve(readGlossaryCsv(draft.bytes, draft.targetLanguage!, maxBytes))
      : readTbx(draft.bytes, draft.sourceLanguage, { maxDepth: 32, maxBytes });
  }

  /** The same checks as a term saved through the form or the API, and its saved form. */
  private check(input: GlossaryTermInput): GlossaryTermInput | FieldError {
    try {
      const dto = validateInput(GlossaryTermDto, input);
      const renderings = { ...dto.renderings };
      const forbidden = Object.fromEntries(
        Object.entries({ ...dto.forbidden }).filter(([, list]) => list && list.length > 0),
      ) as Partial<Record<string, string[]>>;
      const problem = termProblems(
        this.config.languagePairs,
        dto.sourceLanguage,
        renderings,
        forbidden,
      )[0];
      if (problem) return problem;
      return {
        sourceLanguage: dto.sourceLanguage,
        term: dto.term,
        forms: dto.forms ?? [],
        note: dto.note ?? '',
        renderings: Object.fromEntries(Object.entries(renderings).filter(([, r]) => r)),
        forbidden,
        explainerId: dto.explainerId ?? null,
      };
    } catch (error) {
      if (error instanceof ValidationFailed && error.fields[0]) return error.fields[0];
      throw error;
    }
  }

  private mayImport(user: UserSummary): void {
    if (!user.roles.includes('editor'))
      throw new DomainError('forbidden', 'exchange:glossary-editors-only');
  }

  private targetsOf(sourceLanguage: TextLanguage): TextLanguage[] {
    const targets = targetLanguagesOf(this.config.languagePairs, sourceLanguage);
    if (targets.length === 0)
      throw ValidationFailed.field('sourceLanguage', 'glossary:language-not-configured', {
        language: sourceLanguage,
      });
    return targets;
  }

  private checkPair(sourceLanguage: TextLanguage, targetLanguage: TextLanguage): void {
    if (!this.targetsOf(sourceLanguage).includes(targetLanguage))
      throw ValidationFailed.field('targetLanguage', 'glossary:rendering-not-a-target', {
        language: targetLanguage,
      });
  }
}
