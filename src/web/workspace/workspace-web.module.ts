import { Module } from '@nestjs/common';
import { UsersModule } from '../../users/users.module.js';
import { AccountController } from './account.controller.js';
import { AdminUsersController } from './admin-users.controller.js';
import { InvitationsController } from './invitations.controller.js';
import { SignInController } from './sign-in.controller.js';

/** Pages for contributors: signed in, checked by role on every route. */
@Module({
  imports: [UsersModule],
  controllers: [SignInController, AccountController, InvitationsController, AdminUsersController],
})
export class WorkspaceWebModule {}
