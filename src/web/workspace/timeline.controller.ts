import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { Ctx, CurrentUser, Roles } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { DATE_PRECISIONS, formatPartialDateInput } from '../../common/partial-date.rules.js';
import { validateInput } from '../../common/validation/validate-input.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { SourceQueriesService } from '../../sources/source-queries.service.js';
import { TimelineEventDto, UpdateTimelineEventDto } from '../../timeline/timeline.dto.js';
import { TimelineService, type TimelineEntry } from '../../timeline/timeline.service.js';
import type { UserSummary } from '../../users/user.entity.js';
import { NO_ERRORS, submitForm, type FormErrors } from '../form-errors.js';
import { Page, Redirect } from '../page.decorator.js';
import { pagination, type Pagination } from '../pagination.view-model.js';

export interface TimelineAdminView {
  pageTitle: string;
  events: {
    id: number;
    date: string;
    title: string;
    summary: string;
    editHref: string;
    sources: number;
  }[];
  pagination: Pagination;
}

export interface TimelineFormView {
  pageTitle: string;
  action: string;
  deleteAction: string | null;
  values: Record<string, string>;
  precisions: { value: string; label: string }[];
  sources: { value: string; label: string }[];
  errors: FormErrors;
  statusCode?: number;
}

const FIELDS = [
  'date',
  'precision',
  'titleEn',
  'titleRu',
  'summaryEn',
  'summaryRu',
  'tags',
  'sourceIds',
  'version',
];

/** Editors keep the timeline: dated events in both languages with "Read more" links to texts. */
@Controller('/workspace/timeline')
@Roles('editor')
export class TimelineController {
  constructor(
    private readonly timeline: TimelineService,
    private readonly sources: SourceQueriesService,
    private readonly i18n: I18nService,
  ) {}

  @Get()
  @Page('workspace/timeline')
  async list(@Ctx() ctx: RequestContext, @Query('page') page?: string): Promise<TimelineAdminView> {
    const result = await this.timeline.list({ page: Number(page) || 1, pageSize: 50 });
    return {
      pageTitle: ctx.t('sources:timeline.title'),
      events: result.entries.map(({ event, sourceIds }) => ({
        id: event.id,
        date: this.i18n.formatDate(ctx.lang, event.date, event.precision),
        title: event.titleEn || event.titleRu,
        summary: ctx.lang === 'ru' ? event.summaryRu : event.summaryEn,
        editHref: `/workspace/timeline/${event.id}/edit`,
        sources: sourceIds.length,
      })),
      pagination: pagination(ctx, result, (n) => `/workspace/timeline?page=${n}`),
    };
  }

  @Get('/new')
  @Page('workspace/timeline-form')
  newForm(@Ctx() ctx: RequestContext): Promise<TimelineFormView> {
    return this.form(ctx, null, { precision: 'day' }, NO_ERRORS);
  }

  @Post()
  @Page('workspace/timeline-form')
  async create(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Body() body: Record<string, unknown>,
  ): Promise<TimelineFormView | Redirect> {
    return submitForm(
      ctx.t,
      async () => {
        await this.timeline.create(user.id, validateInput(TimelineEventDto, body));
        return new Redirect('/workspace/timeline');
      },
      (errors) => this.form(ctx, null, posted(body), errors),
    );
  }

  @Get('/:id/edit')
  @Page('workspace/timeline-form')
  async editForm(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<TimelineFormView> {
    return this.form(ctx, id, values(await this.timeline.get(id)), NO_ERRORS);
  }

  @Post('/:id')
  @Page('workspace/timeline-form')
  async update(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: Record<string, unknown>,
  ): Promise<TimelineFormView | Redirect> {
    return submitForm(
      ctx.t,
      async () => {
        const input = validateInput(UpdateTimelineEventDto, body);
        await this.timeline.update(user.id, id, input.version, input);
        return new Redirect('/workspace/timeline');
      },
      (errors) => this.form(ctx, id, posted(body), errors),
    );
  }

  @Post('/:id/delete')
  async delete(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<Redirect> {
    await this.timeline.delete(user.id, id);
    return new Redirect('/workspace/timeline');
  }

  private async form(
    ctx: RequestContext,
    id: number | null,
    formValues: Record<string, string>,
    errors: FormErrors,
  ): Promise<TimelineFormView> {
    const { items } = await this.sources.list({ pageSize: 100 });
    return {
      pageTitle: ctx.t(id ? 'sources:timeline.edit' : 'sources:timeline.new'),
      action: id ? `/workspace/timeline/${id}` : '/workspace/timeline',
      deleteAction: id ? `/workspace/timeline/${id}/delete` : null,
      values: formValues,
      precisions: DATE_PRECISIONS.map((p) => ({
        value: p,
        label: ctx.t(`sources:precision.${p}`),
      })),
      sources: items.map(({ source }) => ({
        value: String(source.id),
        label: `#${source.id} ${source.title}`,
      })),
      errors,
    };
  }
}

function posted(body: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    FIELDS.map((f) => [
      f,
      typeof body[f] === 'string'
        ? (body[f] as string)
        : Array.isArray(body[f])
          ? (body[f] as string[]).join(', ')
          : '',
    ]),
  );
}

function values({ event, tags, sourceIds }: TimelineEntry): Record<string, string> {
  return {
    date: formatPartialDateInput(event.date, event.precision),
    precision: event.precision,
    titleEn: event.titleEn,
    titleRu: event.titleRu,
    summaryEn: event.summaryEn,
    summaryRu: event.summaryRu,
    tags: tags.join(', '),
    sourceIds: sourceIds.join(', '),
    version: String(event.version),
  };
}
