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
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/access.decorators.js';
import { InvitationsService, invitationState } from '../users/invitations.service.js';
import { CreateInvitationDto, UserAccessDto, UserDisabledDto } from '../users/user.dto.js';
import type { User, UserSummary } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';

const userView = (u: User) => ({
  id: u.id,
  handle: u.handle,
  roles: u.roles,
  languagePairs: u.languagePairs,
  disabled: u.disabled,
  version: u.version,
});

@ApiTags('users')
@ApiBearerAuth()
@Controller('/api/v1')
export class UsersApiController {
  constructor(
    private readonly users: UsersService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get('/users')
  @Roles('admin')
  async list() {
    return { users: (await this.users.list()).map(userView) };
  }

  @Put('/users/:id/access')
  @Roles('admin')
  async access(
    @CurrentUser() me: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: UserAccessDto,
  ) {
    return userView(
      await this.users.updateAccess(me.id, id, body.version, body.roles, body.languagePairs),
    );
  }

  @Put('/users/:id/disabled')
  @Roles('admin')
  async disabled(
    @CurrentUser() me: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: UserDisabledDto,
  ) {
    return userView(await this.users.setDisabled(me.id, id, body.version, body.disabled));
  }

  @Delete('/users/:id')
  @Roles('admin')
  @HttpCode(204)
  async delete(
    @CurrentUser() me: UserSummary,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<void> {
    await this.users.deleteAccount(me.id, id);
  }

  @Get('/invitations')
  @Roles('editor', 'admin')
  async invitationsList() {
    return {
      invitations: (await this.invitations.list()).map((i) => ({
        id: i.id,
        roles: i.roles,
        languagePairs: i.languagePairs,
        state: invitationState(i),
        expiresAt: i.expiresAt.toISOString(),
      })),
    };
  }

  /** The link is in this response only. */
  @Post('/invitations')
  @Roles('editor', 'admin')
  async invite(@CurrentUser() me: UserSummary, @Body() body: CreateInvitationDto) {
    const { invitation, url } = await this.invitations.create(me, body);
    return { id: invitation.id, url, expiresAt: invitation.expiresAt.toISOString() };
  }
}
