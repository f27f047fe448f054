import { Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { Ctx, CurrentUser, Roles } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { IntField, TextField, VersionField } from '../../common/validation/fields.js';
import { validateInput } from '../../common/validation/validate-input.js';
import { diffWords } from '../../common/text/word-diff.rules.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { PublishingService } from '../../publications/publishing.service.js';
import { UnitHistoryService } from '../../translations/units.service.js';
import type { UserSummary } from '../../users/user.entity.js';
import { Page, Redirect } from '../page.decorator.js';

class PublishForm {
  @TextField({ optional: true, maxLength: 2000 })
  changeNote?: string;

  @VersionField()
  version!: number;
}

class UnpublishForm {
  @TextField({ maxLength: 2000 })
  reason!: string;

  @VersionField()
  version!: number;
}

class RevertForm {
  @IntField({ min: 1, max: 2_147_483_647 })
  revisionId!: number;

  @VersionField()
  version!: number;
}

export interface UnitHistoryView {
  pageTitle: string;
  backHref: string;
  revertAction: string;
  unitVersion: number;
  canRevert: boolean;
  entries: {
    id: number;
    version: number;
    action: string;
    status: string;
    author: string;
    at: string;
    text: string;
    diff: { value: string; kind: string }[];
  }[];
}

/** Publishing, unpublishing, and the history of a unit with revert. */
@Controller('/workspace/translations/:id')
export class PublishingController {
  constructor(
    private readonly publishing: PublishingService,
    private readonly history: UnitHistoryService,
    private readonly i18n: I18nService,
  ) {}

  @Post('/publish')
  @Roles('editor')
  async publish(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: Record<string, unknown>,
  ): Promise<Redirect> {
    const form = validateInput(PublishForm, body);
    const publication = await this.publishing.publish(user, id, form);
    return new Redirect(`/texts/${publication.slug}`);
  }

  @Post('/unpublish')
  @Roles('editor')
  async unpublish(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: Record<string, unknown>,
  ): Promise<Redirect> {
    await this.publishing.unpublish(user, id, validateInput(UnpublishForm, body));
    return new Redirect(`/workspace/translations/${id}`);
  }

  @Get('/units/:unitId/history')
  @Page('workspace/unit-history')
  async unitHistory(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Param('unitId', ParseIntPipe) unitId: number,
  ): Promise<UnitHistoryView> {
    const { unit, language, entries } = await this.history.history(user, id, unitId);
    return {
      pageTitle: ctx.t('review:history.title'),
      backHref: `/workspace/translations/${id}#unit-${unitId}`,
      revertAction: `/workspace/translations/${id}/units/${unitId}/revert`,
      unitVersion: unit.version,
      canRevert: unit.status !== 'submitted',
      entries: entries.map(({ revision, authorHandle }, index) => ({
        id: revision.id,
        version: revision.version,
        action: ctx.t(`review:history.action.${revision.action}`),
        status: ctx.t(`workflow:state.unit.${revision.status}`),
        author:
          revision.authorId === null
            ? ctx.t('review:history.system')
            : (authorHandle ?? ctx.t('common:former-volunteer')),
        at: this.i18n.formatDateTime(ctx.lang, revision.createdAt),
        text: revision.text,
        diff: diffWords(entries[index + 1]?.revision.text ?? '', revision.text, language),
      })),
    };
  }

  @Post('/units/:unitId/revert')
  async revert(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Param('unitId', ParseIntPipe) unitId: number,
    @Body() body: Record<string, unknown>,
  ): Promise<Redirect> {
    const form = validateInput(RevertForm, body);
    await this.history.revert(user, id, unitId, form.revisionId, form.version);
    return new Redirect(`/workspace/translations/${id}/units/${unitId}/history`);
  }
}
