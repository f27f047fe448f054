import { Inject, Injectable } from '@nestjs/common';
import { diffWords, type DiffPart } from '../common/text/word-diff.rules.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { TranslationMemoryService } from '../memory/translation-memory.service.js';
import type { QaFinding } from '../qa/qa-check.rules.js';
import { QaService } from '../qa/qa.service.js';
import type { SourceText } from '../sources/source-text.entity.js';
import { reviewsPair } from '../translations/review-access.rules.js';
import { TranslationLifecycle } from '../translations/translation-lifecycle.service.js';
import { TranslationRecords, type UnitWithSegment } from '../translations/translation-records.js';
import type { Translation } from '../translations/translation.entity.js';
import type { UserSummary } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';

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

/**
 * What a reviewer sees of a translation: each unit with its QA, diffs and the approvals so far,
 * and the review steps the lifecycle offers this reviewer now (exactly what it would accept).
 */
@Injectable()
export class ReviewWorkbenchService {
  constructor(
    private readonly lifecycle: TranslationLifecycle,
    private readonly records: TranslationRecords,
    private readonly qa: QaService,
    private readonly memory: TranslationMemoryService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async bench(user: UserSummary, id: number): Promise<ReviewBench> {
    const offer = await this.lifecycle.offers(user, id);
    const { translation, source } = offer.record;
    const submits = await this.records.revisions(
      offer.units.map(({ unit }) => unit.id),
      'submit',
    );
    const handles = await this.users.handlesOf(
      offer.units.flatMap(({ events }) =>
        events.map((e) => e.actorId).filter((v): v is number => v !== null),
      ),
    );
    const canReview =
      translation.status === 'in_review' && reviewsPair(user, offer.record.participation.pair);
    const target = translation.targetLanguage;
    const out: ReviewUnit[] = [];
    for (const item of offer.units) {
      const { unit, segment, events, facts, steps } = item;
      const previousText =
        submits.filter((r) => r.unitId === unit.id && r.text !== unit.text)[0]?.text ?? null;
      const [findings, matches] = await Promise.all([
        this.qa.findings(source.language, target, segment.text, unit.text),
        this.memory.matches(user, source.language, target, segment.text, { limit: 1 }),
      ]);
      const best = matches[0];
      const lastChangeRequest = events.filter((e) => e.verdict === 'request_changes').at(-1);
      out.push({
        unit,
        segment,
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
        approvers: facts.approverIds.map((a) => handles.get(a) ?? ''),
        approvedByMe: facts.approverIds.includes(user.id),
        canApprove: steps.includes('approve') && !steps.includes('approve_own'),
        canSelfApprove: steps.includes('approve_own'),
        canRequestChanges: steps.includes('request_changes'),
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
