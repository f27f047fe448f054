import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/access.decorators.js';
import { EnumField, TextField } from '../common/validation/fields.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../config/language-pairs.rules.js';
import { GlossaryTermDto, UpdateGlossaryTermDto } from '../glossary/glossary.dto.js';
import { GlossaryService, type GlossaryTermRecord } from '../glossary/glossary.service.js';
import { NamesService, type NameRecord } from '../glossary/names.service.js';
import { PersonDto, UpdatePersonDto } from '../glossary/person.dto.js';
import type { UserSummary } from '../users/user.entity.js';

export class GlossaryQuery {
  @TextField({
    optional: true,
    maxLength: 200,
    description: 'Part of a term, form or rendering.',
  })
  q?: string;

  @EnumField(TEXT_LANGUAGES, { optional: true })
  sourceLanguage?: TextLanguage;
}

export class NamesQuery {
  @TextField({
    optional: true,
    maxLength: 200,
    description: 'Part of a name, its spelling or a variant.',
  })
  q?: string;
}

function termView(t: GlossaryTermRecord) {
  return {
    id: t.id,
    sourceLanguage: t.sourceLanguage,
    term: t.term,
    forms: t.forms,
    note: t.note,
    renderings: t.renderings,
    forbidden: t.forbidden,
    explainerId: t.explainerId,
    version: t.version,
  };
}

function nameView(n: NameRecord) {
  return {
    id: n.id,
    cyrillic: n.cyrillic,
    spelling: n.spelling,
    variants: n.variants,
    note: n.note,
    version: n.version,
  };
}

/** The glossary and the name list: every contributor reads them, editors keep them. */
@ApiTags('glossary')
@ApiBearerAuth()
@Controller('/api/v1')
export class GlossaryApiController {
  constructor(
    private readonly glossary: GlossaryService,
    private readonly names: NamesService,
  ) {}

  @Get('/glossary')
  async listTerms(@Query() query: GlossaryQuery) {
    const terms = await this.glossary.list({ q: query.q, sourceLanguage: query.sourceLanguage });
    return { terms: terms.map(termView) };
  }

  @Post('/glossary')
  @Roles('editor')
  async createTerm(@CurrentUser() user: UserSummary, @Body() body: GlossaryTermDto) {
    return termView(await this.glossary.create(user.id, body));
  }

  /** PUT must send back the `version` read here. */
  @Get('/glossary/:id')
  async getTerm(@Param('id', ParseIntPipe) id: number) {
    return termView(await this.glossary.get(id));
  }

  @Put('/glossary/:id')
  @Roles('editor')
  async updateTerm(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: UpdateGlossaryTermDto,
  ) {
    return termView(await this.glossary.update(user.id, id, body.version, body));
  }

  @Delete('/glossary/:id')
  @Roles('editor')
  @HttpCode(204)
  async deleteTerm(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<void> {
    await this.glossary.delete(user.id, id);
  }

  @Get('/names')
  async listNames(@Query() query: NamesQuery) {
    return { names: (await this.names.list({ q: query.q })).map(nameView) };
  }

  @Post('/names')
  @Roles('editor')
  async createName(@CurrentUser() user: UserSummary, @Body() body: PersonDto) {
    return nameView(await this.names.create(user.id, body));
  }

  /** PUT must send back the `version` read here. */
  @Get('/names/:id')
  async getName(@Param('id', ParseIntPipe) id: number) {
    return nameView(await this.names.get(id));
  }

  @Put('/names/:id')
  @Roles('editor')
  async updateName(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: UpdatePersonDto,
  ) {
    return nameView(await this.names.update(user.id, id, body.version, body));
  }

  @Delete('/names/:id')
  @Roles('editor')
  @HttpCode(204)
  async deleteName(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<void> {
    await this.names.delete(user.id, id);
  }
}
