import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ValidationFailed } from '../common/errors/domain-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { TextLanguage } from '../config/language-pairs.rules.js';
import { DomainEvents } from '../common/domain-events.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { updateVersioned } from '../database/versioned-update.js';
import type { UserSummary } from '../users/user.entity.js';
import { approvalAction } from './explainer-access.rules.js';
import { submissionProblems } from './explainer-input.rules.js';
import { ExplainerRecords, conflictSide, decide } from './explainer-records.js';
import { ExplainerSource } from './explainer-source.entity.js';
import { ExplainerVersion } from './explainer-version.entity.js';
import type { ReviewVerdict } from './explainer.dto.js';

/**
 * Review of explainer versions, the same four-eyes review as translations: submitting,
 * approving, sending back with a comment. Approval freezes the text into the snapshot that
 * readers see.
 */
@Injectable()
export class ExplainerReviewService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly records: ExplainerRecords,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Puts a version in front of reviewers: it needs a short text, an "as of" date and a source. */
  async submit(
    user: UserSummary,
    explainerId: number,
    language: TextLanguage,
    version: number,
  ): Promise<ExplainerVersion> {
    const work = async (m: EntityManager) => {
      const current = await this.records.fresh(m, user, explainerId, language, version);
      const to = decide(user, current, 'submit');
      const sourceCount = await m.countBy(ExplainerSource, { versionId: current.id });
      const problems = submissionProblems({ ...current, sourceCount });
      if (problems.length) throw new ValidationFailed(problems);
      const saved = await updateVersioned(
        m,
        ExplainerVersion,
        current.id,
        version,
        { status: to, updatedAt: new Date() },
        conflictSide,
      );
      await this.records.record(m, user, 'explainer.submitted', explainerId, {
        language,
        version: saved.version,
      });
      return saved;
    };
    return this.transactions.write(work);
  }

  /**
   * Approves a version or sends it back with a comment. Nobody approves text they wrote; an
   * editor's self-approval exists only where the site allows it, and is recorded as such.
   */
  async review(
    user: UserSummary,
    explainerId: number,
    language: TextLanguage,
    version: number,
    verdict: ReviewVerdict,
    comment: string | undefined,
  ): Promise<ExplainerVersion> {
    const note = comment?.trim() ?? '';
    if (verdict === 'request_changes' && note === '') {
      throw ValidationFailed.field('comment', 'notes:explainer.comment-required');
    }
    const work = async (m: EntityManager) => {
      const current = await this.records.fresh(m, user, explainerId, language, version);
      const now = new Date();
      if (verdict === 'request_changes') {
        const to = decide(user, current, 'request_changes');
        const saved = await updateVersioned(
          m,
          ExplainerVersion,
          current.id,
          version,
          { status: to, reviewComment: note, updatedAt: now },
          conflictSide,
        );
        await this.records.record(m, user, 'explainer.changes-requested', explainerId, {
          language,
          version: saved.version,
        });
        return saved;
      }
      const action = approvalAction(user, current, this.config.selfApproval === 'editor');
      const to = decide(user, current, action);
      const saved = await updateVersioned(
        m,
        ExplainerVersion,
        current.id,
        version,
        {
          status: to,
          reviewerId: user.id,
          selfApproved: action === 'approve_own',
          reviewComment: note,
          approvedAt: now,
          updatedAt: now,
          publishedTitle: current.title,
          publishedShort: current.shortText,
          publishedLong: current.longText,
          publishedAsOf: current.asOf,
          publishedSources: await this.records.sources(m, current.id),
          publishedAt: now,
        },
        conflictSide,
      );
      await this.records.record(
        m,
        user,
        action === 'approve_own' ? 'explainer.self-approved' : 'explainer.approved',
        explainerId,
        { language, version: saved.version },
      );
      if (saved.status === 'approved')
        await this.events.emit(m, 'explainer.approved', {
          explainerId,
          language,
          actorId: user.id,
        });
      return saved;
    };
    return this.transactions.write(work);
  }
}
