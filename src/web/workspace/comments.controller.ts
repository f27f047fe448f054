import { Body, Controller, Param, ParseIntPipe, Post } from '@nestjs/common';
import { CurrentUser } from '../../auth/access.decorators.js';
import { CreateCommentDto, ResolveCommentDto } from '../../comments/comment.dto.js';
import { CommentsService } from '../../comments/comments.service.js';
import { TextField } from '../../common/validation/fields.js';
import { validateInput } from '../../common/validation/validate-input.js';
import type { UserSummary } from '../../users/user.entity.js';
import { Redirect, safeLocalPath } from '../page.decorator.js';

class CommentForm extends CreateCommentDto {
  /** The page the form is on; only a local path is followed. */
  @TextField({ optional: true, maxLength: 2000 })
  returnTo?: string;
}

class ResolveForm extends ResolveCommentDto {
  @TextField({ optional: true, maxLength: 2000 })
  returnTo?: string;
}

/** The comment forms of `views/partials/comments.eta`, on whatever page shows them. */
@Controller('/workspace')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Post('/translations/:id/comments')
  async create(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: Record<string, unknown>,
  ): Promise<Redirect> {
    const form = validateInput(CommentForm, body);
    const comment = await this.comments.create(user, id, form);
    return new Redirect(`${back(form.returnTo, id)}#comment-${comment.id}`);
  }

  @Post('/comments/:id/resolve')
  async resolve(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: Record<string, unknown>,
  ): Promise<Redirect> {
    const form = validateInput(ResolveForm, body);
    const comment = await this.comments.setResolved(user, id, form.version, form.resolved);
    return new Redirect(`${back(form.returnTo, comment.translationId)}#comment-${comment.id}`);
  }
}

function back(returnTo: string | undefined, translationId: number): string {
  return safeLocalPath(returnTo, `/workspace/translations/${translationId}`).split('#')[0]!;
}
