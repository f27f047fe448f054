import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, CurrentUser } from '../auth/access.decorators.js';
import type { RequestContext } from '../auth/request-context.js';
import { ApiTokensService } from '../auth/api-tokens.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { TextField } from '../common/validation/fields.js';
import type { UserSummary } from '../users/user.entity.js';

export class CreateTokenDto {
  @TextField({ maxLength: 80, example: 'import script' })
  name!: string;
}

@ApiTags('tokens')
@ApiBearerAuth()
@Controller('/api/v1/tokens')
export class TokensApiController {
  constructor(private readonly apiTokens: ApiTokensService) {}

  @Get()
  async list(@CurrentUser() user: UserSummary) {
    const tokens = await this.apiTokens.list(user.id);
    return {
      tokens: tokens.map((t) => ({
        id: t.id,
        name: t.name,
        prefix: t.prefix,
        createdAt: t.createdAt.toISOString(),
        lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
        revoked: t.revokedAt !== null,
      })),
    };
  }

  /**
   * The secret is in this response only; it cannot be shown again. Only a signed-in session may
   * create tokens: a leaked token could otherwise mint children that outlive its revocation.
   */
  @Post()
  async create(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Body() body: CreateTokenDto,
  ) {
    if (ctx.via === 'token') throw new DomainError('forbidden', 'errors:token-cannot-mint');
    const { token, secret } = await this.apiTokens.create(user.id, body.name);
    return { id: token.id, name: token.name, token: secret };
  }

  @Delete('/:id')
  @HttpCode(204)
  async revoke(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<void> {
    await this.apiTokens.revoke(user.id, id);
  }
}
