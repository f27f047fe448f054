import { Module } from '@nestjs/common';
import { GlossaryModule } from '../glossary/glossary.module.js';
import { MemoryModule } from '../memory/memory.module.js';
import { ContentPagesModule } from '../pages/content-pages.module.js';
import { SourcesModule } from '../sources/sources.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { UsersModule } from '../users/users.module.js';
import { NotesModule } from '../notes/notes.module.js';
import { PublicationsModule } from '../publications/publications.module.js';
import { ReviewModule } from '../review/review.module.js';
import { TranslationsModule } from '../translations/translations.module.js';
import { DemoLoader } from './demo-loader.service.js';
import { DemoPublisher } from './demo-publisher.service.js';

@Module({
  imports: [
    UsersModule,
    TimelineModule,
    ContentPagesModule,
    SourcesModule,
    MemoryModule,
    GlossaryModule,
    NotesModule,
    TranslationsModule,
    ReviewModule,
    PublicationsModule,
  ],
  providers: [DemoLoader, DemoPublisher],
  exports: [DemoLoader],
})
export class DemoModule {}
