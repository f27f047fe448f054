import { PublicationsModule } from '../../publications/publications.module.js';
import { ArticleController } from './article.controller.js';
import { Module } from '@nestjs/common';
import { ContentPagesModule } from '../../pages/content-pages.module.js';
import { TimelineModule } from '../../timeline/timeline.module.js';
import { ContentPageController } from './content-page.controller.js';
import { GlossaryModule } from '../../glossary/glossary.module.js';
import { NotesModule } from '../../notes/notes.module.js';
import { SourcesModule } from '../../sources/sources.module.js';
import { DiscoveryController } from './discovery.controller.js';
import { ExplainerPagesController } from './explainer-pages.controller.js';
import { FeedsController } from './feeds.controller.js';
import { GlossaryPageController } from './glossary-page.controller.js';
import { HomeController } from './home.controller.js';
import { InitiativePagesController } from './initiative-pages.controller.js';
import { TagPagesController } from './tag-pages.controller.js';
import { LanguageController } from './language.controller.js';
import { SearchModule } from '../../search/search.module.js';
import { SearchController } from './search.controller.js';

/** What anonymous readers see. Reads Publications and published content only, never drafts. */
@Module({
  imports: [
    TimelineModule,
    ContentPagesModule,
    PublicationsModule,
    SourcesModule,
    NotesModule,
    GlossaryModule,
    SearchModule,
  ],
  controllers: [
    HomeController,
    ContentPageController,
    LanguageController,
    ArticleController,
    InitiativePagesController,
    TagPagesController,
    ExplainerPagesController,
    GlossaryPageController,
    FeedsController,
    DiscoveryController,
    SearchController,
  ],
})
export class ReaderWebModule {}
