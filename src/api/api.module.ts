import { FootnotesApiController } from './footnotes-api.controller.js';
import { PublicationsModule } from '../publications/publications.module.js';
import { ReviewModule } from '../review/review.module.js';
import { ReviewApiController } from './review-api.controller.js';
import { Module } from '@nestjs/common';
import { SourcesModule } from '../sources/sources.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { MemoryModule } from '../memory/memory.module.js';
import { QaModule } from '../qa/qa.module.js';
import { TranslationsModule } from '../translations/translations.module.js';
import { MemoryAndQaApiController } from './memory-and-qa-api.controller.js';
import { TranslationsApiController } from './translations-api.controller.js';
import { UsersModule } from '../users/users.module.js';
import { SegmentApiController } from './segment-api.controller.js';
import { SourcesApiController } from './sources-api.controller.js';
import { TimelineApiController } from './timeline-api.controller.js';
import { AuthApiController } from './auth-api.controller.js';
import { HealthController } from './health.controller.js';
import { TokensApiController } from './tokens-api.controller.js';
import { UsersApiController } from './users-api.controller.js';
import { GlossaryModule } from '../glossary/glossary.module.js';
import { GlossaryApiController } from './glossary-api.controller.js';
import { NotesModule } from '../notes/notes.module.js';
import { ExplainersApiController } from './explainers-api.controller.js';
import { CommentsModule } from '../comments/comments.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { StatsModule } from '../stats/stats.module.js';
import { CommentsApiController } from './comments-api.controller.js';
import { InboxApiController } from './inbox-api.controller.js';
import { StatsApiController } from './stats-api.controller.js';
import { SearchModule } from '../search/search.module.js';
import { SearchApiController } from './search-api.controller.js';
import { ExchangeModule } from '../exchange/exchange.module.js';
import { ExchangeApiController } from './exchange-api.controller.js';
import { GlossaryExchangeApiController } from './glossary-exchange-api.controller.js';
import { MemoryExchangeApiController } from './memory-exchange-api.controller.js';

/** The JSON API under /api/v1: the same services and rules as the pages. */
@Module({
  imports: [
    ReviewModule,
    PublicationsModule,
    UsersModule,
    SourcesModule,
    TimelineModule,
    TranslationsModule,
    MemoryModule,
    QaModule,
    GlossaryModule,
    NotesModule,
    CommentsModule,
    NotificationsModule,
    StatsModule,
    SearchModule,
    ExchangeModule,
  ],
  controllers: [
    FootnotesApiController,
    CommentsApiController,
    InboxApiController,
    StatsApiController,
    ReviewApiController,
    GlossaryApiController,
    ExplainersApiController,
    AuthApiController,
    TokensApiController,
    UsersApiController,
    HealthController,
    SourcesApiController,
    TimelineApiController,
    SegmentApiController,
    TranslationsApiController,
    MemoryAndQaApiController,
    SearchApiController,
    ExchangeApiController,
    MemoryExchangeApiController,
    GlossaryExchangeApiController,
  ],
})
export class ApiModule {}
