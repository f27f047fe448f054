import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import { Ctx, CurrentUser, Roles } from '../auth/access.decorators.js';
import type { RequestContext } from '../auth/request-context.js';
import { ValidationFailed } from '../common/errors/domain-error.js';
import { fieldMessage } from '../common/validation/field-message.js';
import {
  EnumField,
  IntField,
  PatternField,
  TextField,
  VersionField,
} from '../common/validation/fields.js';
import { PublicationQueriesService } from '../publications/publication-queries.service.js';
import { PublishingService } from '../publications/publishing.service.js';
import { translateFindings } from '../qa/translated-findings.js';
import { ReviewQueueService } from '../review/review-queue.service.js';
import { ReviewWorkbenchService } from '../review/review-workbench.service.js';
import { ReviewService } from '../review/review.service.js';
import { UnitHistoryService } from '../translations/units.service.js';
import type { UserSummary } from '../users/user.entity.js';

export class ReviewDto {
  @EnumField(['approve', 'request_changes'] as const)
  verdict!: 'approve' | 'request_changes';

  @TextField({ optional: true, maxLength: 4000, description: 'Required to request changes.' })
  comment?: string;

  @VersionField()
  version!: number;
}

export class ApproveAllDto {
  @IsObject({ message: fieldMessage('validation:invalid') })
  units!: Record<string, number>;
}

export class PublishDto {
  @TextField({
    optional: true,
    maxLength: 2000,
    description: 'Required from the second version on: what changed.',
  })
  changeNote?: string;

  @VersionField()
  version!: number;
}

export class UnpublishDto {
  @TextField({ maxLength: 2000 })
  reason!: string;

  @VersionField()
  version!: number;
}

export class RevertDto {
  @IntField({ min: 1, max: 2_147_483_647 })
  revisionId!: number;

  @VersionField()
  version!: number;
}

export class QueueQuery {
  @PatternField({
    optional: true,
    pattern: /^(ru>en|en>ru)$/,
    maxLength: 5,
    key: 'validation:invalid',
  })
  pair?: string;

  @IntField({ optional: true, min: 1, max: 2_147_483_647 })
  initiativeId?: number;

  @IntField({ optional: true, min: 1, max: 365 })
  olderThanDays?: number;
}

@ApiTags('review and publishing')
@ApiBearerAuth()
@Controller('/api/v1')
export class ReviewApiController {
  constructor(
    private readonly review: ReviewService,
    private readonly queue: ReviewQueueService,
    private readonly workbench: ReviewWorkbenchService,
    private readonly publishing: PublishingService,
    private readonly publications: PublicationQueriesService,
    private readonly history: UnitHistoryService,
  ) {}

  @Get('/review/queue')
  async list(@CurrentUser() user: UserSummary, @Query() query: QueueQuery) {
    const items = await this.queue.queue(user, query);
    return {
      translations: items.map((i) => ({
        id: i.translation.id,
        title: i.source.title,
        pair: i.pair,
        submittedAt: i.translation.submittedAt?.toISOString() ?? null,
        waitingUnits: i.waitingUnits,
        progress: i.progress,
      })),
    };
  }

  @Get('/translations/:id/review')
  async bench(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
  ) {
    const bench = await this.workbench.bench(user, id);
    return {
      id,
      status: bench.translation.status,
      version: bench.translation.version,
      requiredApprovals: bench.requiredApprovals,
      units: bench.units.map((u) => ({
        id: u.unit.id,
        status: u.unit.status,
        version: u.unit.version,
        source: u.segment.text,
        text: u.unit.text,
        findings: translateFindings(ctx.t, u.findings),
        previous: u.previous,
        memory: u.memory,
        approvers: u.approvers,
        canApprove: u.canApprove,
        canRequestChanges: u.canRequestChanges,
      })),
    };
  }

  @Post('/translations/:id/units/:unitId/review')
  @HttpCode(200)
  async decide(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Param('unitId', ParseIntPipe) unitId: number,
    @Body() body: ReviewDto,
  ) {
    const outcome = await this.review.review(user, id, unitId, body);
    return {
      unit: { id: outcome.unit.id, status: outcome.unit.status, version: outcome.unit.version },
      approvals: outcome.approvals,
      translation: {
        id: outcome.translation.id,
        status: outcome.translation.status,
        version: outcome.translation.version,
      },
    };
  }

  /** Approves every waiting unit at the versions given (`{"units": {"<unitId>": <version>}}`). */
  @Post('/translations/:id/approve-all')
  @HttpCode(200)
  async approveAll(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: ApproveAllDto,
  ) {
    const seen: Record<number, number> = {};
    for (const [unitId, version] of Object.entries(body.units)) {
      if (!/^\d{1,10}$/.test(unitId) || !Number.isInteger(version))
        throw ValidationFailed.field(`units.${unitId}`, 'validation:integer');
      seen[Number(unitId)] = version;
    }
    const translation = await this.review.approveAll(user, id, seen);
    return { id: translation.id, status: translation.status, version: translation.version };
  }

  @Post('/translations/:id/publish')
  @Roles('editor')
  async publish(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: PublishDto,
  ) {
    const publication = await this.publishing.publish(user, id, body);
    return {
      publicationId: publication.id,
      version: publication.version,
      url: `/texts/${publication.slug}`,
    };
  }

  @Post('/translations/:id/unpublish')
  @Roles('editor')
  @HttpCode(204)
  async unpublish(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: UnpublishDto,
  ): Promise<void> {
    await this.publishing.unpublish(user, id, body);
  }

  @Get('/translations/:id/publications')
  async versions(@Param('id', ParseIntPipe) id: number, @CurrentUser() user: UserSummary) {
    await this.workbench.bench(user, id);
    return {
      publications: (await this.publications.versions(id)).map((p) => ({
        id: p.id,
        version: p.version,
        url: `/texts/${p.slug}/v/${p.version}`,
        publishedAt: p.publishedAt.toISOString(),
        changeNote: p.changeNote,
      })),
    };
  }

  @Get('/translations/:id/units/:unitId/history')
  async unitHistory(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Param('unitId', ParseIntPipe) unitId: number,
  ) {
    const { entries } = await this.history.history(user, id, unitId);
    return {
      revisions: entries.map(({ revision, authorHandle }) => ({
        id: revision.id,
        version: revision.version,
        action: revision.action,
        status: revision.status,
        text: revision.text,
        author: authorHandle,
        createdAt: revision.createdAt.toISOString(),
      })),
    };
  }

  @Post('/translations/:id/units/:unitId/revert')
  @HttpCode(200)
  async revert(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Param('unitId', ParseIntPipe) unitId: number,
    @Body() body: RevertDto,
  ) {
    const { unit } = await this.history.revert(user, id, unitId, body.revisionId, body.version);
    return { id: unit.id, text: unit.text, status: unit.status, version: unit.version };
  }
}
