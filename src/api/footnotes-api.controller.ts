import {
  Body,
  Controller,
  Delete,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/access.decorators.js';
import { IntField } from '../common/validation/fields.js';
import type { Footnote } from '../translations/footnote.entity.js';
import { FootnotesService } from '../translations/footnotes.service.js';
import type { UserSummary } from '../users/user.entity.js';
import { FootnoteEditForm, FootnoteForm } from '../translations/footnote.dto.js';

export class FootnoteVersionQuery {
  @IntField({ min: 0, max: 2_147_483_647 })
  version!: number;
}

export function footnoteJson(f: Footnote) {
  return {
    id: f.id,
    unitId: f.unitId,
    quote: f.quote,
    start: f.start,
    end: f.end,
    lost: f.lost,
    note: f.note,
    status: f.status,
    version: f.version,
  };
}

@ApiTags('footnotes')
@ApiBearerAuth()
@Controller('/api/v1')
export class FootnotesApiController {
  constructor(private readonly footnotes: FootnotesService) {}

  /** Anchor by `start`/`end` offsets in the unit's text, or by `quote` (+ `occurrence`). */
  @Post('/translations/:id/units/:unitId/footnotes')
  async add(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Param('unitId', ParseIntPipe) unitId: number,
    @Body() body: FootnoteForm,
  ) {
    return footnoteJson(await this.footnotes.add(user, id, unitId, body));
  }

  @Put('/footnotes/:footnoteId')
  async update(
    @CurrentUser() user: UserSummary,
    @Param('footnoteId', ParseIntPipe) footnoteId: number,
    @Body() body: FootnoteEditForm,
  ) {
    return footnoteJson(await this.footnotes.update(user, footnoteId, body));
  }

  @Delete('/footnotes/:footnoteId')
  @HttpCode(204)
  async remove(
    @CurrentUser() user: UserSummary,
    @Param('footnoteId', ParseIntPipe) footnoteId: number,
    @Query() query: FootnoteVersionQuery,
  ): Promise<void> {
    await this.footnotes.remove(user, footnoteId, query.version);
  }
}
