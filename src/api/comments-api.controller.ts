import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, CurrentUser } from '../auth/access.decorators.js';
import type { RequestContext } from '../auth/request-context.js';
import { CreateCommentDto, ResolveCommentDto } from '../comments/comment.dto.js';
import { CommentsService, type CommentItem } from '../comments/comments.service.js';
import type { UserSummary } from '../users/user.entity.js';

function commentJson(ctx: RequestContext, c: CommentItem) {
  return {
    id: c.id,
    translationId: c.translationId,
    unitId: c.unitId,
    parentId: c.parentId,
    author: c.author ?? ctx.t('common:former-volunteer'),
    body: c.body,
    createdAt: c.createdAt.toISOString(),
    resolved: c.resolvedAt !== null,
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
    resolvedBy: c.resolvedAt === null ? null : (c.resolvedBy ?? ctx.t('common:former-volunteer')),
    version: c.version,
  };
}

/** Discussions on translations and units; the same access as the translation itself. */
@ApiTags('comments')
@ApiBearerAuth()
@Controller('/api/v1')
export class CommentsApiController {
  constructor(private readonly comments: CommentsService) {}

  /** Threads with their replies: the whole translation first, then unit by unit. */
  @Get('/translations/:id/comments')
  async list(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
  ) {
    const threads = await this.comments.threads(user, id);
    return {
      threads: threads.map((t) => ({
        ...commentJson(ctx, t),
        unitPosition: t.unitPosition,
        replies: t.replies.map((r) => commentJson(ctx, r)),
      })),
    };
  }

  @Post('/translations/:id/comments')
  async create(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: CreateCommentDto,
  ) {
    return commentJson(ctx, await this.comments.create(user, id, body));
  }

  @Post('/comments/:id/resolve')
  @HttpCode(200)
  async resolve(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: ResolveCommentDto,
  ) {
    return commentJson(ctx, await this.comments.setResolved(user, id, body.version, body.resolved));
  }
}
