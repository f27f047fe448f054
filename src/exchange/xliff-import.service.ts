import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import type { QaFinding } from '../qa/qa-check.rules.js';
import { QaService } from '../qa/qa.service.js';
import { TranslationLifecycle } from '../translations/translation-lifecycle.service.js';
import { TranslationRecords, type UnitWithSegment } from '../translations/translation-records.js';
import type { TranslationUnit } from '../translations/translation-unit.entity.js';
import type { UserSummary } from '../users/user.entity.js';
import { originalOf, readXliff, targetMarkup, type XliffUnitIn } from './xliff.rules.js';

export type UnitOutcome =
  'saved' | 'unchanged' | 'conflict' | 'not-editable' | 'unknown' | 'invalid-markup' | 'too-large';

export interface UnitImportResult {
  key: string;
  outcome: UnitOutcome;
  unitId?: number;
  version?: number;
  /** For a conflict: what Bridges has now, beside what the file brings. */
  current?: { version: number; text: string };
  submitted?: { version: number | null; text: string };
  tag?: string;
  findings?: QaFinding[];
}

export interface XliffImportReport {
  translationId: number;
  counts: Record<UnitOutcome, number>;
  units: UnitImportResult[];
}

const OUTCOMES: UnitOutcome[] = [
  'saved',
  'unchanged',
  'conflict',
  'not-editable',
  'unknown',
  'invalid-markup',
  'too-large',
];

/**
 * Work done offline comes back: each unit of the file that differs is saved as the importer's
 * own versioned edit, all of it in one transaction. A unit changed in Bridges since the file
 * was made is a conflict and keeps its text; so does a filled unit when the file carries no
 * version (files rebuilt by tools that drop Bridges' marks may fill empty units only).
 */
@Injectable()
export class XliffImportService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly records: TranslationRecords,
    private readonly lifecycle: TranslationLifecycle,
    private readonly audit: AuditService,
    private readonly qa: QaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async import(
    user: UserSummary,
    translationId: number,
    bytes: Buffer,
  ): Promise<XliffImportReport> {
    const file = await readXliff(bytes, { maxDepth: 64, maxBytes: this.config.maxUploadBytes });
    const keys = new Set<string>();
    for (const unit of file.units) {
      if (keys.has(unit.key))
        throw new DomainError('invalid', 'exchange:xliff-duplicate-unit', { id: unit.key });
      keys.add(unit.key);
    }
    const { results, languages } = await this.transactions.write(async (m) => {
      const { translation, source } = await this.records.loadFor(user, translationId);
      if (file.original?.startsWith('bridges/') && file.original !== originalOf(translationId))
        throw new DomainError('invalid', 'exchange:xliff-other-translation', {
          original: file.original,
        });
      if (file.targetLanguage && file.targetLanguage.slice(0, 2) !== translation.targetLanguage)
        throw new DomainError('invalid', 'exchange:xliff-wrong-language', {
          language: file.targetLanguage,
          expected: translation.targetLanguage,
        });
      if (translation.status === 'withdrawn')
        throw new DomainError('invalid', 'translations:withdrawn');
      if (translation.status === 'approved' || translation.status === 'published')
        throw new DomainError('invalid', 'exchange:xliff-translation-locked');
      const units = await this.records.units(translationId);
      const bySegment = new Map(units.map((u) => [String(u.segment.id), u]));
      const results: UnitImportResult[] = [];
      for (const fileUnit of file.units) {
        const item = bySegment.get(fileUnit.key);
        results.push(
          item
            ? await this.importUnit(user, translationId, item, fileUnit)
            : { key: fileUnit.key, outcome: 'unknown' },
        );
      }
      const counts = countOutcomes(results);
      await this.audit.record(m, {
        actorId: user.id,
        action: 'translation.xliff-imported',
        objectType: 'translation',
        objectId: translationId,
        details: { ...counts },
      });
      return {
        results,
        languages: {
          source: source.language,
          target: translation.targetLanguage,
          segments: new Map(units.map((u) => [u.unit.id, u.segment.text])),
        },
      };
    });
    // QA reads the glossary and names: after the commit, not inside the transaction.
    for (const result of results) {
      if (result.outcome !== 'saved') continue;
      result.findings = await this.qa.findings(
        languages.source,
        languages.target,
        languages.segments.get(result.unitId!)!,
        result.submitted!.text,
      );
    }
    return { translationId, counts: countOutcomes(results), units: results };
  }

  private async importUnit(
    user: UserSummary,
    translationId: number,
    { unit, segment }: UnitWithSegment,
    fileUnit: XliffUnitIn,
  ): Promise<UnitImportResult> {
    const base = { key: fileUnit.key, unitId: unit.id };
    if (fileUnit.target === null) return { ...base, outcome: 'unchanged', version: unit.version };
    const markup = targetMarkup(fileUnit.target, segment.text);
    if ('unknownTag' in markup)
      return { ...base, outcome: 'invalid-markup', tag: markup.unknownTag };
    const text = markup.text.normalize('NFC').replace(/\r\n?/g, '\n');
    // An empty target is how CAT tools write "not translated yet", never "delete this".
    if (text.trim() === '' || text === unit.text)
      return { ...base, outcome: 'unchanged', version: unit.version };
    if (Buffer.byteLength(text, 'utf8') > this.config.maxTextBytes)
      return { ...base, outcome: 'too-large' };
    const submitted = { version: fileUnit.baseVersion, text };
    const stale =
      fileUnit.baseVersion === null
        ? unit.text.trim() !== ''
        : fileUnit.baseVersion !== unit.version;
    if (stale)
      return {
        ...base,
        outcome: 'conflict',
        current: { version: unit.version, text: unit.text },
        submitted,
      };
    let saved: TranslationUnit;
    try {
      ({ unit: saved } = await this.lifecycle.apply(
        user,
        'edit',
        { translationId, unitId: unit.id },
        unit.version,
        { text, via: 'xliff' },
      ));
    } catch (error) {
      // The lifecycle's refusal of this one unit (its state, the person's role) is reported per unit.
      if (
        error instanceof DomainError &&
        (error.kind === 'forbidden' || error.key.startsWith('workflow:'))
      )
        return { ...base, outcome: 'not-editable' };
      throw error;
    }
    return { ...base, outcome: 'saved', version: saved.version, submitted };
  }
}

function countOutcomes(results: readonly UnitImportResult[]): Record<UnitOutcome, number> {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<UnitOutcome, number>;
  for (const r of results) counts[r.outcome] += 1;
  return counts;
}
