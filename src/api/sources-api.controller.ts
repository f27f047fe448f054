import { Body, Controller, Get, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { TAG_PATTERN } from '../common/tag.rules.js';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { ValidationFailed } from '../common/errors/domain-error.js';
import { validateInput } from '../common/validation/validate-input.js';
import { SourceImportService } from '../sources/source-import.service.js';
import { CurrentUser, Roles } from '../auth/access.decorators.js';
import { IntField } from '../common/validation/fields.js';
import { EnumField, PatternField } from '../common/validation/fields.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../config/language-pairs.rules.js';
import { InitiativeDto, UpdateInitiativeDto } from '../sources/initiative.dto.js';
import type { Initiative } from '../sources/initiative.entity.js';
import { InitiativesService } from '../sources/initiatives.service.js';
import { SourceQueriesService } from '../sources/source-queries.service.js';
import { CreateSourceDto, SourceMetadataDto, UpdateSourceDto } from '../sources/source-text.dto.js';
import type { SourceText } from '../sources/source-text.entity.js';
import { SOURCE_KINDS, type SourceKind } from '../sources/source-vocabulary.js';
import { SourcesService } from '../sources/sources.service.js';
import type { UserSummary } from '../users/user.entity.js';

export class SourceListQuery {
  @IntField({ optional: true, min: 1, max: 2_147_483_647 })
  initiativeId?: number;

  @EnumField(TEXT_LANGUAGES, { optional: true })
  language?: TextLanguage;

  @EnumField(SOURCE_KINDS, { optional: true })
  kind?: SourceKind;

  @PatternField({
    optional: true,
    pattern: TAG_PATTERN,
    maxLength: 60,
    key: 'validation:invalid',
  })
  tag?: string;

  @IntField({ optional: true, min: 1, max: 100_000 })
  page?: number;
}

export function initiativeView(i: Initiative) {
  return {
    id: i.id,
    slug: i.slug,
    nameOriginal: i.nameOriginal,
    nameEn: i.nameEn,
    siteUrl: i.siteUrl,
    descriptionEn: i.descriptionEn,
    descriptionRu: i.descriptionRu,
    defaultLicence: i.defaultLicence,
    undesirable: i.undesirable,
    foreignAgent: i.foreignAgent,
    foreignAgentLabel: i.foreignAgentLabel,
    version: i.version,
  };
}

function sourceView(s: SourceText, tags: string[]) {
  return {
    id: s.id,
    initiativeId: s.initiativeId,
    language: s.language,
    kind: s.kind,
    title: s.title,
    originalUrl: s.originalUrl,
    archiveUrl: s.archiveUrl,
    publishedDate: s.publishedDate,
    publishedPrecision: s.publishedPrecision,
    authors: s.authors,
    licence: s.licence,
    licenceEvidence: s.licenceEvidence,
    legalReferences: s.legalReferences,
    tags,
    revision: s.revision,
    version: s.version,
  };
}

@ApiTags('sources')
@ApiBearerAuth()
@Controller('/api/v1')
export class SourcesApiController {
  constructor(
    private readonly initiatives: InitiativesService,
    private readonly sources: SourcesService,
    private readonly queries: SourceQueriesService,
    private readonly imports: SourceImportService,
  ) {}

  @Get('/initiatives')
  async listInitiatives() {
    return { initiatives: (await this.initiatives.list()).map(initiativeView) };
  }

  @Post('/initiatives')
  @Roles('editor')
  async createInitiative(@CurrentUser() user: UserSummary, @Body() body: InitiativeDto) {
    return initiativeView(await this.initiatives.create(user.id, body));
  }

  @Get('/initiatives/:id')
  async getInitiative(@Param('id', ParseIntPipe) id: number) {
    return initiativeView(await this.initiatives.get(id));
  }

  @Put('/initiatives/:id')
  @Roles('editor')
  async updateInitiative(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: UpdateInitiativeDto,
  ) {
    return initiativeView(await this.initiatives.update(user.id, id, body.version, body));
  }

  @Get('/sources')
  async listSources(@Query() query: SourceListQuery) {
    const result = await this.queries.list({
      initiativeId: query.initiativeId,
      language: query.language,
      kind: query.kind,
      tag: query.tag,
      page: query.page ?? 1,
    });
    return {
      sources: result.items.map((i) => ({
        ...sourceView(i.source, i.tags),
        segmentCount: i.segmentCount,
      })),
      total: result.total,
      page: result.page,
      pageSize: result.pageSize,
    };
  }

  @Post('/sources')
  @Roles('editor')
  async createSource(@CurrentUser() user: UserSummary, @Body() body: CreateSourceDto) {
    const source = await this.sources.create(user.id, body);
    return this.detail(source.id);
  }

  /** The text with its segments; PUT must send back the `version` read here. */
  @Get('/sources/:id')
  getSource(@Param('id', ParseIntPipe) id: number) {
    return this.detail(id);
  }

  @Put('/sources/:id')
  @Roles('editor')
  async updateSource(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: UpdateSourceDto,
  ) {
    const { newRevision } = await this.sources.update(user.id, id, body.version, body);
    return { ...(await this.detail(id)), newRevision };
  }

  /** multipart/form-data: `file` (Markdown, HTML or text), optional `title`, and the metadata fields. */
  @Post('/sources/import')
  @Roles('editor')
  @ApiConsumes('multipart/form-data')
  async importSource(@CurrentUser() user: UserSummary, @Body() body: Record<string, unknown>) {
    const { file, title, ...rest } = body ?? {};
    const upload = file as { filename?: string; data?: Buffer } | undefined;
    if (!upload?.data || !upload.filename)
      throw ValidationFailed.field('file', 'sources:import-file-required');
    const metadata = validateInput(SourceMetadataDto, rest);
    const source = await this.imports.import(
      user.id,
      { bytes: upload.data, filename: upload.filename },
      metadata,
      typeof title === 'string' ? title.trim() : undefined,
    );
    return this.detail(source.id);
  }

  @Get('/sources/:id/revisions')
  async revisions(@Param('id', ParseIntPipe) id: number) {
    await this.queries.get(id);
    return {
      revisions: (await this.queries.revisions(id)).map((r) => ({
        revision: r.revision,
        createdAt: r.createdAt.toISOString(),
        changes: r.changes,
      })),
    };
  }

  private async detail(id: number) {
    const { source, tags, segments } = await this.queries.get(id);
    return {
      ...sourceView(source, tags),
      body: source.body,
      segments: segments.map((s) => ({
        id: s.id,
        position: s.position,
        kind: s.kind,
        level: s.level,
        text: s.text,
        sentences: s.sentences,
      })),
    };
  }
}
