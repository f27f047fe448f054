import { Module } from '@nestjs/common';
import { SourcesModule } from '../../sources/sources.module.js';
import { TimelineModule } from '../../timeline/timeline.module.js';
import { TranslationsModule } from '../../translations/translations.module.js';
import { DashboardController } from './dashboard.controller.js';
import { TranslationsController } from './translations.controller.js';
import { UsersModule } from '../../users/users.module.js';
import { InitiativesController } from './initiatives.controller.js';
import { SourceDetailViews } from './source-detail.view-model.js';
import { SourcesController } from './sources.controller.js';
import { TimelineController } from './timeline.controller.js';
import { AccountController } from './account.controller.js';
import { AdminUsersController } from './admin-users.controller.js';
import { InvitationsController } from './invitations.controller.js';
import { SignInController } from './sign-in.controller.js';
import { GlossaryModule } from '../../glossary/glossary.module.js';
import { GlossaryController } from './glossary.controller.js';
import { NamesController } from './names.controller.js';

/** Pages for contributors: signed in, checked by role on every route. */
@Module({
  imports: [UsersModule, SourcesModule, TimelineModule, TranslationsModule, GlossaryModule],
  controllers: [
    GlossaryController,
    NamesController,
    SignInController,
    AccountController,
    InvitationsController,
    AdminUsersController,
    InitiativesController,
    SourcesController,
    TimelineController,
    DashboardController,
    TranslationsController,
  ],
  providers: [SourceDetailViews],
})
export class WorkspaceWebModule {}
