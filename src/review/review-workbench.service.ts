import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { diffWords, type DiffPart } from '../common/text/word-diff.rules.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { TranslationMemoryService } from '../memory/translation-memory.service.js';
import type { QaFinding } from '../qa/qa-check.rules.js';
import { QaService } from '../qa/qa.service.js';
import type { SourceText } from '../sources/source-text.entity.js';
import { ReviewEvent } from '../translations/review-event.entity.js';
import { TranslationRecords, type UnitWithSegment } from '../translations/translation-records.js';
import type { Translation } from '../translations/translation.entity.js';
import { UnitRevision } from '../translations/unit-revision.entity.js';
import { unitWorkflow } from '../translations/unit-workflow.rules.js';
import type { UserSummary } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { approversOf, reviewRelations, reviewsPair } from '../translations/review-access.rules.js';

export interface ReviewUnit extends UnitWithSegment {
  findings: QaFinding[];
  /** The text as submitted the time before, when it differs: what changed since the last review. */
  previous: { text: string; diff: DiffPart[] } | null;
  /** The best memory match and how the submitted text departs from its translation. */
  memory: { quality: number; target: string; diff: DiffPart[] } | null;
  approvers: string[];
  approvedByMe: boolean;
  canApprove: boolean;
  canSelfApprove: boolean;
  canRequestChanges: boolean;
  lastComment: string | null;
}

export interface ReviewBench {
  translation: Translation;
  source: SourceText;
  canReview: boolean;
  requiredApprovals: number;
  units: ReviewUnit[];
}

/** What a reviewer sees of a translation: each unit with its QA, diffs and the approvals so far. */
@Injectable()
export class ReviewWorkbenchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly records: TranslationRecords,
    private readonly qa: QaService,
    private readonly memory: TranslationMemoryService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async bench(user: UserSummary, id: number): Promise<ReviewBench> {
    const { translation, source, participation } = await this.records.loadFor(user, id);
    const units = await this.records.units(id);
    const unitIds = units.map((u) => u.unit.id);
    const [events, submits] = await Promise.all([
      unitIds.length
        ? this.dataSource
            .getRepository(ReviewEvent)
            .find({ where: { unitId: In(unitIds) }, order: { id: 'ASC' } })
        : [],
      unitIds.length
        ? this.dataSource
            .getRepository(UnitRevision)
            .find({ where: { unitId: In(unitIds), action: 'submit' }, order: { version: 'DESC' } })
        : [],
    ]);
    const handles = await this.users.handlesOf(
      events.map((e) => e.actorId).filter((v): v is number => v !== null),
    );
    const canReview = translation.status === 'in_review' && reviewsPair(user, participation.pair);
    const target = translation.targetLanguage;
    const out: ReviewUnit[] = [];
    for (const item of units) {
      const { unit, segment } = item;
      const unitEvents = events.filter((e) => e.unitId === unit.id);
      const approvers = approversOf(unitEvents, unit.version);
      const actor = {
        roles: user.roles,
        relations: reviewRelations(user.id, participation.contributorIds, unit.authorId),
      };
      const previousText =
        submits.filter((r) => r.unitId === unit.id && r.text !== unit.text)[0]?.text ?? null;
      const [findings, matches] = await Promise.all([
        this.qa.findings(source.language, target, segment.text, unit.text),
        this.memory.matches(user, source.language, target, segment.text, { limit: 1 }),
      ]);
      const best = matches[0];
      const lastChangeRequest = unitEvents.filter((e) => e.verdict === 'request_changes').at(-1);
      const open = canReview && unit.status === 'submitted';
      out.push({
        ...item,
        findings,
        previous:
          previousText !== null
            ? { text: previousText, diff: diffWords(previousText, unit.text, target) }
            : null,
        memory: best
          ? {
              quality: best.quality,
              target: best.target,
              diff: diffWords(best.target, unit.text, target),
            }
          : null,
        approvers: approvers.map((a) => handles.get(a) ?? ''),
        approvedByMe: approvers.includes(user.id),
        canApprove:
          open &&
          !approvers.includes(user.id) &&
          unitWorkflow.decide(unit.status, 'approve', actor).allowed,
        canSelfApprove:
          open &&
          this.config.selfApproval === 'editor' &&
          unitWorkflow.decide(unit.status, 'approve_own', actor).allowed,
        canRequestChanges:
          open && unitWorkflow.decide(unit.status, 'request_changes', actor).allowed,
        lastComment: lastChangeRequest?.comment ?? null,
      });
    }
    return {
      translation,
      source,
      canReview,
      requiredApprovals: this.config.requiredApprovals,
      units: out,
    };
  }
}
