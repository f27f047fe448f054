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
import type { UserSummary } from '../users/user.entity.js';
import { reviewsPair } from './review-access.rules.js';
import { UsersService } from '../users/users.service.js';
import type { Footnote } from './footnote.entity.js';
import { FootnotesService } from './footnotes.service.js';
import { translationRelations, worksInPair } from './translation-access.rules.js';
import { TranslationQueriesService, type Progress } from './translation-queries.service.js';
import { TranslationRecords, type UnitWithSegment } from './translation-records.js';
import type { TranslationUnit } from './translation-unit.entity.js';
import { translationWorkflow } from './translation-workflow.rules.js';
import type { Translation } from './translation.entity.js';
import { unitWorkflow } from './unit-workflow.rules.js';

export interface WorkbenchUnit extends UnitWithSegment {
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
  actions: {
    submit: boolean;
    claim: boolean;
    release: boolean;
    reassign: boolean;
    withdraw: boolean;
  };
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
    private readonly footnotes: FootnotesService,
  ) {}

  async workbench(user: UserSummary, id: number): Promise<Workbench> {
    const { translation, source, participation } = await this.records.loadFor(user, id);
    const units = await this.records.units(id);
    const relations = translationRelations(user.id, participation);
    const actor = { roles: user.roles, relations };
    const claimant = translation.claimedById
      ? ((await this.users.handlesOf([translation.claimedById])).get(translation.claimedById) ??
        null)
      : null;
    const live = translation.status !== 'withdrawn';
    const notes = await this.footnotes.forTranslation(id);
    const reviewing = translation.status === 'in_review' && reviewsPair(user, participation.pair);
    const detailed: WorkbenchUnit[] = [];
    for (const item of units) {
      const unit = await this.detail(
        user,
        item,
        source.language,
        translation.targetLanguage,
        relations,
        live,
      );
      unit.footnotes = notes.filter((f) => f.unitId === item.unit.id);
      unit.annotatable =
        live &&
        item.segment.kind !== 'title' &&
        (unit.editable || (reviewing && item.unit.status === 'submitted'));
      detailed.push(unit);
    }
    return {
      translation,
      source,
      claimant,
      progress: (await this.queries.progress([id])).get(id) ?? { filled: 0, approved: 0, total: 0 },
      actions: {
        submit: translationWorkflow.decide(translation.status, 'submit', actor).allowed,
        claim: live && translation.claimedById === null && worksInPair(user, participation.pair),
        release:
          live &&
          translation.claimedById !== null &&
          (translation.claimedById === user.id || user.roles.includes('editor')),
        reassign: live && user.roles.includes('editor'),
        withdraw: translationWorkflow.decide(translation.status, 'withdraw', actor).allowed,
      },
      units: detailed,
    };
  }

  async unit(user: UserSummary, id: number, unitId: number): Promise<WorkbenchUnit> {
    const { translation, source, participation } = await this.records.loadFor(user, id);
    const item = await this.records.unit(this.records.manager, id, unitId);
    return this.detail(
      user,
      item,
      source.language,
      translation.targetLanguage,
      translationRelations(user.id, participation),
      translation.status !== 'withdrawn',
    );
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
    item: UnitWithSegment,
    sourceLanguage: TextLanguage,
    targetLanguage: TextLanguage,
    relations: string[],
    live: boolean,
  ): Promise<WorkbenchUnit> {
    const { unit, segment } = item;
    const unitRelations = unit.authorId === user.id ? [...relations, 'author'] : relations;
    const [terms, names, findings, memory] = await Promise.all([
      this.hints.terms(sourceLanguage, targetLanguage, segment.text),
      this.hints.nameHints(sourceLanguage, segment.text),
      unit.text
        ? this.qa.findings(sourceLanguage, targetLanguage, segment.text, unit.text)
        : Promise.resolve([]),
      this.memory.matches(user, sourceLanguage, targetLanguage, segment.text, { limit: 3 }),
    ]);
    return {
      ...item,
      annotatable: false,
      footnotes: [],
      editable:
        live &&
        unitWorkflow.decide(unit.status, 'edit', { roles: user.roles, relations: unitRelations })
          .allowed,
      findings,
      memory,
      terms,
      names,
    };
  }
}
