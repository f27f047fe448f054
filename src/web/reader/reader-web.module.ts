import { PublicationsModule } from '../../publications/publications.module.js';
import { ArticleController } from './article.controller.js';
import { Module } from '@nestjs/common';
import { ContentPagesModule } from '../../pages/content-pages.module.js';
import { TimelineModule } from '../../timeline/timeline.module.js';
import { ContentPageController } from './content-page.controller.js';
import { HomeController } from './home.controller.js';
import { LanguageController } from './language.controller.js';

/** What anonymous readers see. Reads Publications and published content only, never drafts. */
@Module({
  imports: [TimelineModule, ContentPagesModule, PublicationsModule],
  controllers: [HomeController, ContentPageController, LanguageController, ArticleController],
})
export class ReaderWebModule {}
