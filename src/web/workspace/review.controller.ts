import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { Ctx, CurrentUser } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { ValidationFailed } from '../../common/errors/domain-error.js';
import { EnumField, TextField, VersionField } from '../../common/validation/fields.js';
import { validateInput } from '../../common/validation/validate-input.js';
import { CommentsService } from '../../comments/comments.service.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { commentsView } from './comments.view-model.js';
import { ReviewQueueService } from '../../review/review-queue.service.js';
import { ReviewWorkbenchService } from '../../review/review-workbench.service.js';
import { ReviewService } from '../../review/review.service.js';
import { InitiativesService } from '../../sources/initiatives.service.js';
import type { UserSummary } from '../../users/user.entity.js';
import { Page, Redirect } from '../page.decorator.js';
import {
  reviewPageView,
  reviewQueueView,
  type ReviewPageView,
  type ReviewQueueView,
} from './review.view-model.js';

class ReviewForm {
  @EnumField(['approve', 'request_changes'] as const)
  verdict!: 'approve' | 'request_changes';

  @TextField({ optional: true, maxLength: 4000 })
  comment?: string;

  @VersionField()
  version!: number;
}

/** The reviewer's pages: the queue, and a translation side by side with its review forms. */
@Controller('/workspace')
export class ReviewController {
  constructor(
    private readonly queue: ReviewQueueService,
    private readonly workbench: ReviewWorkbenchService,
    private readonly review: ReviewService,
    private readonly initiatives: InitiativesService,
    private readonly i18n: I18nService,
    private readonly comments: CommentsService,
  ) {}

  @Get('/review')
  @Page('workspace/review-queue')
  async list(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Query() query: Record<string, string | undefined>,
  ): Promise<ReviewQueueView> {
    const pair = query.pair && /^(ru>en|en>ru)$/.test(query.pair) ? query.pair : undefined;
    const initiativeId = Number(query.initiative) || undefined;
    const olderThanDays = Number(query.older) > 0 ? Math.min(365, Number(query.older)) : undefined;
    const items = await this.queue.queue(user, { pair, initiativeId, olderThanDays });
    const initiatives = await this.initiatives.list();
    return reviewQueueView(ctx, this.i18n, items, {
      pairs: ['ru>en', 'en>ru'].map((p) => ({ value: p, selected: p === pair })),
      initiatives: initiatives.map((i) => ({
        value: String(i.id),
        label: i.nameEn,
        selected: i.id === initiativeId,
      })),
      olderThan: olderThanDays ? String(olderThanDays) : '',
    });
  }

  @Get('/translations/:id/review')
  @Page('workspace/review')
  async page(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<ReviewPageView> {
    const bench = await this.workbench.bench(user, id);
    const units = bench.units.map(({ unit, segment }) => ({
      id: unit.id,
      position: (segment.position ?? 0) + 1,
    }));
    const threads = await this.comments.threads(user, id);
    return reviewPageView(
      ctx,
      bench,
      commentsView(ctx, threads, id, `/workspace/translations/${id}/review`, { units }),
    );
  }

  @Post('/translations/:id/units/:unitId/review')
  async decide(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Param('unitId', ParseIntPipe) unitId: number,
    @Body() body: Record<string, unknown>,
  ): Promise<Redirect> {
    const form = validateInput(ReviewForm, body);
    await this.review.review(user, id, unitId, form);
    return new Redirect(`/workspace/translations/${id}/review#unit-${unitId}`);
  }

  /** "Approve all remaining": the form carries the version of every unit the reviewer saw. */
  @Post('/translations/:id/review/approve-all')
  async approveAll(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: Record<string, unknown>,
  ): Promise<Redirect> {
    await this.review.approveAll(user, id, unitVersions(body));
    return new Redirect(`/workspace/translations/${id}/review`);
  }
}

/** Reads `unit_<id>=<version>` fields; anything else is refused. */
export function unitVersions(body: Record<string, unknown>): Record<number, number> {
  const seen: Record<number, number> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '_csrf') continue;
    const match = /^unit_(\d{1,10})$/.exec(key);
    if (!match || typeof value !== 'string' || !/^\d{1,10}$/.test(value)) {
      throw ValidationFailed.field(key, 'validation:unknown-field', { field: key });
    }
    seen[Number(match[1])] = Number(value);
  }
  return seen;
}
