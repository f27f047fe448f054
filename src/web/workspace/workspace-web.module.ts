import { Module } from '@nestjs/common';
import { SourcesModule } from '../../sources/sources.module.js';
import { TimelineModule } from '../../timeline/timeline.module.js';
import { UsersModule } from '../../users/users.module.js';
import { InitiativesController } from './initiatives.controller.js';
import { SourceDetailViews } from './source-detail.view-model.js';
import { SourcesController } from './sources.controller.js';
import { TimelineController } from './timeline.controller.js';
import { AccountController } from './account.controller.js';
import { AdminUsersController } from './admin-users.controller.js';
import { InvitationsController } from './invitations.controller.js';
import { SignInController } from './sign-in.controller.js';

/** Pages for contributors: signed in, checked by role on every route. */
@Module({
  imports: [UsersModule, SourcesModule, TimelineModule],
  controllers: [
    SignInController,
    AccountController,
    InvitationsController,
    AdminUsersController,
    InitiativesController,
    SourcesController,
    TimelineController,
  ],
  providers: [SourceDetailViews],
})
export class WorkspaceWebModule {}
