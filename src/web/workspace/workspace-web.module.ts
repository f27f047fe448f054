import { FootnotesController } from './footnotes.controller.js';
import { PublicationsModule } from '../../publications/publications.module.js';
import { ReviewModule } from '../../review/review.module.js';
import { PublishingController } from './publishing.controller.js';
import { ReviewController } from './review.controller.js';
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
import { NotesModule } from '../../notes/notes.module.js';
import { ExplainersController } from './explainers.controller.js';
import { ExplainerViews } from './explainer.view-model.js';
import { CommentsModule } from '../../comments/comments.module.js';
import { NotificationsModule } from '../../notifications/notifications.module.js';
import { StatsModule } from '../../stats/stats.module.js';
import { AuditController } from './audit.controller.js';
import { CommentsController } from './comments.controller.js';
import { InboxController } from './inbox.controller.js';
import { StatsController } from './stats.controller.js';
import { ExchangeModule } from '../../exchange/exchange.module.js';
import { TranslationExchangeController } from './translation-exchange.controller.js';
import { GlossaryExchangeController } from './glossary-exchange.controller.js';
import { MemoryExchangeController } from './memory-exchange.controller.js';
import { TranslationActivityViews } from './translation-activity.view-model.js';

/** Pages for contributors: signed in, checked by role on every route. */
@Module({
  imports: [
    UsersModule,
    SourcesModule,
    TimelineModule,
    TranslationsModule,
    GlossaryModule,
    NotesModule,
    ReviewModule,
    PublicationsModule,
    CommentsModule,
    NotificationsModule,
    StatsModule,
    ExchangeModule,
  ],
  controllers: [
    FootnotesController,
    CommentsController,
    InboxController,
    AuditController,
    StatsController,
    TranslationExchangeController,
    GlossaryExchangeController,
    MemoryExchangeController,
    ReviewController,
    PublishingController,
    GlossaryController,
    ExplainersController,
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
  providers: [SourceDetailViews, TranslationActivityViews, ExplainerViews],
})
export class WorkspaceWebModule {}
