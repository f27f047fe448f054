import { Injectable } from '@nestjs/common';
import type { TextLanguage } from '../config/language-pairs.rules.js';
import { GlossaryHintsService, type TermHint } from '../glossary/glossary-hints.service.js';
import type { NameHint } from '../glossary/name-hints.rules.js';
import {
  TranslationMemoryService,
  type MemoryMatch,
} from '../memory/translation-memory.service.js';
import type { QaFinding } from '../qa/qa-check.rules.js';
import { QaService } from '../qa/qa.service.js';
import type { SourceText } from '../sources/source-text.entity.js';
import type { DomainError } from '../common/errors/domain-error.js';
import type { UserSummary } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import type { Footnote } from './footnote.entity.js';
import type { LoadedUnit } from './lifecycle-facts.js';
import {
  TranslationLifecycle,
  type TranslationStep,
  type UnitStep,
} from './translation-lifecycle.service.js';
import { TranslationQueriesService, type Progress } from './translation-queries.service.js';
import { TranslationRecords, type UnitWithSegment } from './translation-records.js';
import type { TranslationUnit } from './translation-unit.entity.js';
import type { Translation } from './translation.entity.js';

export interface WorkbenchUnit extends UnitWithSegment {
  /** The lifecycle would accept an edit of this unit from this user now. */
  editable: boolean;
  /** May add or change notes on this unit (its translator, an editor, or a reviewer during review). */
  annotatable: boolean;
  footnotes: Footnote[];
  findings: QaFinding[];
  memory: MemoryMatch[];
  terms: TermHint[];
  names: NameHint[];
}

export interface Workbench {
  translation: Translation;
  source: SourceText;
  claimant: string | null;
  progress: Progress;
  /** Exactly the translation steps the lifecycle would accept from this user now. */
  actions: Record<TranslationStep, boolean>;
  /** Why submitting is not offered to the translator who could otherwise submit. */
  submitBlocker: DomainError | null;
  units: WorkbenchUnit[];
}

/**
 * Everything a translator works with on one translation, unit by unit: QA findings, memory
 * matches, glossary terms and names, and what this user may do. Pages and API present it.
 */
@Injectable()
export class TranslationWorkbenchService {
  constructor(
    private readonly records: TranslationRecords,
    private readonly queries: TranslationQueriesService,
    private readonly qa: QaService,
    private readonly memory: TranslationMemoryService,
    private readonly hints: GlossaryHintsService,
    private readonly users: UsersService,
    private readonly lifecycle: TranslationLifecycle,
  ) {}

  async workbench(user: UserSummary, id: number): Promise<Workbench> {
    const offer = await this.lifecycle.offers(user, id);
    const { translation, source } = offer.record;
    const claimant = translation.claimedById
      ? ((await this.users.handlesOf([translation.claimedById])).get(translation.claimedById) ??
        null)
      : null;
    const detailed: WorkbenchUnit[] = [];
    for (const item of offer.units) {
      detailed.push(
        await this.detail(user, item, source.language, translation.targetLanguage, item.steps),
      );
    }
    const offered = (step: TranslationStep) => offer.translation.includes(step);
    return {
      translation,
      source,
      claimant,
      progress: (await this.queries.progress([id])).get(id) ?? { filled: 0, approved: 0, total: 0 },
      actions: {
        submit: offered('submit'),
        claim: offered('claim'),
        release: offered('release'),
        reassign: offered('reassign'),
        withdraw: offered('withdraw'),
        publish: offered('publish'),
        unpublish: offered('unpublish'),
      },
      submitBlocker: offer.submitBlocker,
      units: detailed,
    };
  }

  async unit(user: UserSummary, id: number, unitId: number): Promise<WorkbenchUnit> {
    const { record, unit: item } = await this.lifecycle.unitOffer(user, id, unitId);
    const { source, translation } = record;
    return this.detail(user, item, source.language, translation.targetLanguage, item.steps);
  }

  /** QA findings for a unit's current text (after a save). */
  async findings(translation: Translation, unit: TranslationUnit): Promise<QaFinding[]> {
    const { source } = await this.records.load(translation.id);
    const { segment } = await this.records.unit(this.records.manager, translation.id, unit.id);
    return unit.text
      ? this.qa.findings(source.language, translation.targetLanguage, segment.text, unit.text)
      : [];
  }

  private async detail(
    user: UserSummary,
    item: LoadedUnit,
    sourceLanguage: TextLanguage,
    targetLanguage: TextLanguage,
    steps: readonly UnitStep[],
  ): Promise<WorkbenchUnit> {
    const { unit, segment } = item;
    const [terms, names, findings, memory] = await Promise.all([
      this.hints.terms(sourceLanguage, targetLanguage, segment.text),
      this.hints.nameHints(sourceLanguage, segment.text),
      unit.text
        ? this.qa.findings(sourceLanguage, targetLanguage, segment.text, unit.text)
        : Promise.resolve([]),
      this.memory.matches(user, sourceLanguage, targetLanguage, segment.text, { limit: 3 }),
    ]);
    return {
      unit,
      segment,
      editable: steps.includes('edit'),
      annotatable: steps.includes('annotate'),
      footnotes: item.footnotes,
      findings,
      memory,
      terms,
      names,
    };
  }
}
