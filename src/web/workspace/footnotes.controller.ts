import { Body, Controller, Param, ParseIntPipe, Post } from '@nestjs/common';
import { CurrentUser } from '../../auth/access.decorators.js';
import { validateInput } from '../../common/validation/validate-input.js';
import {
  FootnoteDeleteForm,
  FootnoteEditForm,
  FootnoteForm,
} from '../../translations/footnote.dto.js';
import { FootnotesService } from '../../translations/footnotes.service.js';
import type { UserSummary } from '../../users/user.entity.js';
import { Redirect } from '../page.decorator.js';

@Controller('/workspace')
export class FootnotesController {
  constructor(private readonly footnotes: FootnotesService) {}

  @Post('/translations/:id/units/:unitId/footnotes')
  async add(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Param('unitId', ParseIntPipe) unitId: number,
    @Body() body: Record<string, unknown>,
  ): Promise<Redirect> {
    const form = validateInput(FootnoteForm, body);
    await this.footnotes.add(user, id, unitId, form);
    return backToUnit(id, unitId);
  }

  @Post('/footnotes/:footnoteId')
  async edit(
    @CurrentUser() user: UserSummary,
    @Param('footnoteId', ParseIntPipe) footnoteId: number,
    @Body() body: Record<string, unknown>,
  ): Promise<Redirect> {
    const form = validateInput(FootnoteEditForm, body);
    const footnote = await this.footnotes.update(user, footnoteId, form);
    return backToUnit(footnote.translationId, footnote.unitId);
  }

  @Post('/footnotes/:footnoteId/delete')
  async delete(
    @CurrentUser() user: UserSummary,
    @Param('footnoteId', ParseIntPipe) footnoteId: number,
    @Body() body: Record<string, unknown>,
  ): Promise<Redirect> {
    const form = validateInput(FootnoteDeleteForm, body);
    const { translationId, unitId } = await this.footnotes.remove(user, footnoteId, form.version);
    return backToUnit(translationId, unitId);
  }
}

/** Back to the editor, scrolled to the unit whose notes changed. */
function backToUnit(translationId: number, unitId: number): Redirect {
  return new Redirect(`/workspace/translations/${translationId}#unit-${unitId}`);
}
