import { Injectable } from '@nestjs/common';
import { ValidationFailed } from '../common/errors/domain-error.js';
import type { ReviewOutcome } from '../translations/lifecycle-review-writes.js';
import type { ReviewVerdict } from '../translations/review-event.entity.js';
import { TranslationLifecycle } from '../translations/translation-lifecycle.service.js';
import type { Translation } from '../translations/translation.entity.js';
import type { UserSummary } from '../users/user.entity.js';

export type { ReviewOutcome };

export interface ReviewInput {
  verdict: ReviewVerdict;
  comment?: string | undefined;
  version: number;
}

/**
 * Reviewing units: approve or request changes. The translations lifecycle enforces four-eyes
 * (nobody approves text they, a co-translator or a note author of the same translation wrote),
 * `REQUIRED_APPROVALS` distinct reviewers per unit and the self-approval setting, and decides the
 * translation once every unit is; an author's approval on a self-approval site is recorded as such.
 */
@Injectable()
export class ReviewService {
  constructor(private readonly lifecycle: TranslationLifecycle) {}

  review(
    user: UserSummary,
    translationId: number,
    unitId: number,
    input: ReviewInput,
  ): Promise<ReviewOutcome> {
    const comment = input.comment?.trim() ?? '';
    if (input.verdict === 'request_changes' && comment === '')
      throw ValidationFailed.field('comment', 'review:comment-required');
    return this.lifecycle.apply(user, input.verdict, { translationId, unitId }, input.version, {
      comment,
    });
  }

  /** Approves every unit still waiting, each at the version the reviewer saw; all or nothing. */
  approveAll(
    user: UserSummary,
    translationId: number,
    seen: Record<number, number>,
  ): Promise<Translation> {
    return this.lifecycle.approveAll(user, translationId, seen);
  }
}
