import { Module, type DynamicModule } from '@nestjs/common';
import { ApiModule } from './api/api.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CommentsModule } from './comments/comments.module.js';
import { CommonModule } from './common/common.module.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DemoModule } from './demo/demo.module.js';
import { ExchangeModule } from './exchange/exchange.module.js';
import { GlossaryModule } from './glossary/glossary.module.js';
import { I18nModule } from './i18n/i18n.module.js';
import { MemoryModule } from './memory/memory.module.js';
import { NotesModule } from './notes/notes.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { ContentPagesModule } from './pages/content-pages.module.js';
import { PublicationsModule } from './publications/publications.module.js';
import { QaModule } from './qa/qa.module.js';
import { ReviewModule } from './review/review.module.js';
import { SearchModule } from './search/search.module.js';
import { SourcesModule } from './sources/sources.module.js';
import { StatsModule } from './stats/stats.module.js';
import { TimelineModule } from './timeline/timeline.module.js';
import { TranslationsModule } from './translations/translations.module.js';
import { UsersModule } from './users/users.module.js';
import { ReaderWebModule } from './web/reader/reader-web.module.js';
import { WebSharedModule } from './web/web-shared.module.js';
import { WorkspaceWebModule } from './web/workspace/workspace-web.module.js';

/** The module graph: cross-cutting first, then features, then the adapters over them. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        CommonModule,
        I18nModule,
        AuditModule,
        UsersModule,
        AuthModule,
        SourcesModule,
        TimelineModule,
        GlossaryModule,
        NotesModule,
        MemoryModule,
        QaModule,
        TranslationsModule,
        CommentsModule,
        NotificationsModule,
        StatsModule,
        ReviewModule,
        PublicationsModule,
        SearchModule,
        ExchangeModule,
        ContentPagesModule,
        DemoModule,
        WebSharedModule,
        ReaderWebModule,
        WorkspaceWebModule,
        ApiModule,
      ],
    };
  }
}
