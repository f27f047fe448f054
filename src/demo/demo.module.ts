import { Module } from '@nestjs/common';
import { GlossaryModule } from '../glossary/glossary.module.js';
import { MemoryModule } from '../memory/memory.module.js';
import { ContentPagesModule } from '../pages/content-pages.module.js';
import { SourcesModule } from '../sources/sources.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { UsersModule } from '../users/users.module.js';
import { DemoLoader } from './demo-loader.service.js';

@Module({
  imports: [
    UsersModule,
    TimelineModule,
    ContentPagesModule,
    SourcesModule,
    MemoryModule,
    GlossaryModule,
  ],
  providers: [DemoLoader],
  exports: [DemoLoader],
})
export class DemoModule {}
