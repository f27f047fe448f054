import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/access.decorators.js';
import { notFound } from '../common/errors/domain-error.js';
import { isTextLanguage, type TextLanguage } from '../config/language-pairs.rules.js';
import { ExplainerReviewService } from '../notes/explainer-review.service.js';
import {
  ExplainerWorkspaceService,
  type ExplainerDetail,
  type ExplainerSummary,
} from '../notes/explainer-workspace.service.js';
import {
  CreateExplainerDto,
  ExplainerVersionActionDto,
  ReviewExplainerDto,
  UpdateExplainerVersionDto,
} from '../notes/explainer.dto.js';
import { ExplainersService } from '../notes/explainers.service.js';
import type { UserSummary } from '../users/user.entity.js';

function summaryView(e: ExplainerSummary) {
  return { id: e.id, slug: e.slug, kind: e.kind, updatedAt: e.updatedAt, languages: e.languages };
}

/** Working texts appear only for those who may see them; `published` is what readers see. */
function detailView(e: ExplainerDetail) {
  return {
    id: e.id,
    slug: e.slug,
    kind: e.kind,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    versions: e.versions.map((v) => ({
      language: v.language,
      working: v.working
        ? {
            status: v.working.status,
            version: v.working.version,
            title: v.working.title,
            shortText: v.working.shortText,
            longText: v.working.longText,
            asOf: v.working.asOf,
            sources: v.working.sources,
            author: v.working.author?.handle ?? null,
            reviewer: v.working.reviewer?.handle ?? null,
            selfApproved: v.working.selfApproved,
            reviewComment: v.working.reviewComment,
            updatedAt: v.working.updatedAt,
            approvedAt: v.working.approvedAt,
            actions: v.working.actions,
          }
        : null,
      published: v.published,
    })),
    canTranslateInto: e.canTranslateInto,
  };
}

function language(value: string): TextLanguage {
  if (!isTextLanguage(value)) throw notFound();
  return value;
}

/**
 * Explainers: reusable context notes, one version per language, each reviewed by someone who
 * did not write it. Writes carry the `version` read; a language version that does not exist
 * yet is written with `version: 0` (a translation).
 */
@ApiTags('explainers')
@ApiBearerAuth()
@Controller('/api/v1/explainers')
export class ExplainersApiController {
  constructor(
    private readonly explainers: ExplainersService,
    private readonly review: ExplainerReviewService,
    private readonly workspace: ExplainerWorkspaceService,
  ) {}

  @Get()
  async list(@CurrentUser() user: UserSummary) {
    return { explainers: (await this.workspace.list(user)).map(summaryView) };
  }

  @Post()
  @Roles('editor', 'translator')
  async create(@CurrentUser() user: UserSummary, @Body() body: CreateExplainerDto) {
    const explainer = await this.explainers.create(user, body);
    return detailView(await this.workspace.detail(user, explainer.id));
  }

  @Get('/:id')
  async get(@CurrentUser() user: UserSummary, @Param('id', ParseIntPipe) id: number) {
    return detailView(await this.workspace.detail(user, id));
  }

  @Put('/:id/versions/:language')
  async saveVersion(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Param('language') lang: string,
    @Body() body: UpdateExplainerVersionDto,
  ) {
    await this.explainers.saveVersion(user, id, language(lang), body.version, body);
    return detailView(await this.workspace.detail(user, id));
  }

  @Post('/:id/versions/:language/submit')
  @HttpCode(200)
  async submit(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Param('language') lang: string,
    @Body() body: ExplainerVersionActionDto,
  ) {
    await this.review.submit(user, id, language(lang), body.version);
    return detailView(await this.workspace.detail(user, id));
  }

  @Post('/:id/versions/:language/review')
  @HttpCode(200)
  async reviewVersion(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Param('language') lang: string,
    @Body() body: ReviewExplainerDto,
  ) {
    await this.review.review(user, id, language(lang), body.version, body.verdict, body.comment);
    return detailView(await this.workspace.detail(user, id));
  }
}
