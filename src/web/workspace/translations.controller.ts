import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { Ctx, CurrentUser } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import {
  EnumField,
  IntField,
  PatternField,
  TextField,
  VersionField,
} from '../../common/validation/fields.js';
import { validateInput } from '../../common/validation/validate-input.js';
import { TEXT_LANGUAGES, pairKey, type TextLanguage } from '../../config/language-pairs.rules.js';
import { SubmissionService } from '../../translations/submission.service.js';
import { TranslationsService } from '../../translations/translations.service.js';
import { UnitsService } from '../../translations/units.service.js';
import type { UserSummary } from '../../users/user.entity.js';
import { submitForm } from '../form-errors.js';
import { Page, Redirect } from '../page.decorator.js';
import { CommentsService } from '../../comments/comments.service.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { commentsView } from './comments.view-model.js';
import { TranslationActivityViews } from './translation-activity.view-model.js';
import { PublicationQueriesService } from '../../publications/publication-queries.service.js';
import { reviewsPair } from '../../translations/review-access.rules.js';
import {
  TranslationWorkbenchService,
  type Workbench,
} from '../../translations/translation-workbench.service.js';
import {
  translationEditorView,
  type PublishingView,
  type TranslationEditorView,
} from './translation-editor.view-model.js';

class StartForm {
  @EnumField(TEXT_LANGUAGES)
  targetLanguage!: TextLanguage;
}

class UnitForm {
  @TextField({ optional: true, maxLength: 10_000_000, trim: false })
  text?: string;

  @VersionField()
  version!: number;

  @PatternField({
    optional: true,
    pattern: /^(save|save-next)$/,
    maxLength: 10,
    key: 'validation:invalid',
  })
  intent?: string;

  /** The unit to go to after "save and next". */
  @IntField({ optional: true, min: 1, max: 2_147_483_647 })
  next?: number;
}

class VersionForm {
  @VersionField()
  version!: number;
}

class ReassignForm extends VersionForm {
  @TextField({ maxLength: 64 })
  handle!: string;
}

/** The translator's pages: start or claim a translation, translate unit by unit, submit. */
@Controller('/workspace')
export class TranslationsController {
  constructor(
    private readonly translations: TranslationsService,
    private readonly units: UnitsService,
    private readonly submission: SubmissionService,
    private readonly workbench: TranslationWorkbenchService,
    private readonly publications: PublicationQueriesService,
    private readonly i18n: I18nService,
    private readonly comments: CommentsService,
    private readonly activity: TranslationActivityViews,
  ) {}

  @Post('/sources/:id/translations')
  async start(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) sourceId: number,
    @Body() body: Record<string, unknown>,
  ): Promise<Redirect> {
    const form = validateInput(StartForm, body);
    const translation = await this.translations.start(user, sourceId, form.targetLanguage);
    return new Redirect(`/workspace/translations/${translation.id}`);
  }

  @Get('/translations/:id')
  @Page('workspace/translation')
  async editor(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Query('submitted') submitted?: string,
  ): Promise<TranslationEditorView> {
    const notice = submitted ? ctx.t('translations:editor.submitted') : null;
    const bench = await this.workbench.workbench(user, id);
    return translationEditorView(ctx, bench, { notice, ...(await this.extras(ctx, user, bench)) });
  }

  /** A plain form post per unit: works without JavaScript; a stale version gets the conflict page. */
  @Post('/translations/:id/units/:unitId')
  async saveUnit(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Param('unitId', ParseIntPipe) unitId: number,
    @Body() body: Record<string, unknown>,
  ): Promise<Redirect> {
    const form = validateInput(UnitForm, body);
    const { unit } = await this.units.save(user, id, unitId, form.version, form.text ?? '');
    const next = form.intent === 'save-next' && form.next ? form.next : unit.id;
    return new Redirect(`/workspace/translations/${id}#unit-${next}`);
  }

  @Post('/translations/:id/submit')
  @Page('workspace/translation')
  async submit(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: Record<string, unknown>,
  ): Promise<TranslationEditorView | Redirect> {
    const form = validateInput(VersionForm, body);
    return submitForm(
      ctx.t,
      async () => {
        await this.submission.submit(user, id, form.version);
        return new Redirect(`/workspace/translations/${id}?submitted=1`);
      },
      async (errors) => {
        const bench = await this.workbench.workbench(user, id);
        return translationEditorView(ctx, bench, {
          submitErrors: errors.form,
          ...(await this.extras(ctx, user, bench)),
        });
      },
    );
  }

  /** Publishing controls, discussion and activity shown below the units. */
  private async extras(ctx: RequestContext, user: UserSummary, bench: Workbench) {
    const id = bench.translation.id;
    const units = bench.units.map(({ unit, segment }) => ({
      id: unit.id,
      position: (segment.position ?? 0) + 1,
    }));
    const [publishing, threads, activity] = await Promise.all([
      this.publishingView(ctx, user, bench),
      this.comments.threads(user, id),
      this.activity.items(ctx, id, 50),
    ]);
    return {
      publishing,
      activity,
      comments: commentsView(ctx, threads, id, `/workspace/translations/${id}`, { units }),
    };
  }

  private async publishingView(
    ctx: RequestContext,
    user: UserSummary,
    bench: Workbench,
  ): Promise<PublishingView> {
    const { translation, source } = bench;
    const versions = await this.publications.versions(translation.id);
    return {
      reviewHref:
        translation.status === 'in_review' &&
        reviewsPair(user, pairKey({ source: source.language, target: translation.targetLanguage }))
          ? `/workspace/translations/${translation.id}/review`
          : null,
      canPublish: bench.actions.publish,
      needsChangeNote: versions.length > 0,
      canUnpublish: bench.actions.unpublish,
      publications: versions.map((p) => ({
        version: p.version,
        href: `/texts/${p.slug}/v/${p.version}`,
        at: this.i18n.formatDateTime(ctx.lang, p.publishedAt),
      })),
    };
  }

  @Post('/translations/:id/claim')
  async claim(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: Record<string, unknown>,
  ): Promise<Redirect> {
    await this.translations.claim(user, id, validateInput(VersionForm, body).version);
    return new Redirect(`/workspace/translations/${id}`);
  }

  @Post('/translations/:id/release')
  async release(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: Record<string, unknown>,
  ): Promise<Redirect> {
    await this.translations.release(user, id, validateInput(VersionForm, body).version);
    return new Redirect('/workspace');
  }

  @Post('/translations/:id/reassign')
  async reassign(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: Record<string, unknown>,
  ): Promise<Redirect> {
    const form = validateInput(ReassignForm, body);
    await this.translations.reassign(user, id, form.version, form.handle);
    return new Redirect(`/workspace/translations/${id}`);
  }

  @Post('/translations/:id/withdraw')
  async withdraw(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: Record<string, unknown>,
  ): Promise<Redirect> {
    await this.translations.withdraw(user, id, validateInput(VersionForm, body).version);
    return new Redirect('/workspace');
  }
}
