import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GlossaryModule } from '../glossary/glossary.module.js';
import { PublicationsModule } from '../publications/publications.module.js';
import { UsersModule } from '../users/users.module.js';
import { ApprovedExplainerTexts } from './approved-explainer-texts.js';
import { ExplainerPublishing } from './explainer-publishing.js';
import { ExplainerQueriesService } from './explainer-queries.service.js';
import { ExplainerRecords } from './explainer-records.js';
import { ExplainerReviewService } from './explainer-review.service.js';
import { ExplainerSource } from './explainer-source.entity.js';
import { ExplainerVersion } from './explainer-version.entity.js';
import { ExplainerWorkspaceService } from './explainer-workspace.service.js';
import { Explainer } from './explainer.entity.js';
import { ExplainersService } from './explainers.service.js';
import { PublicationExplainer } from './publication-explainer.entity.js';

/** Explainers (and, later, footnotes): the context readers get beside the texts. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Explainer, ExplainerVersion, ExplainerSource, PublicationExplainer]),
    UsersModule,
    GlossaryModule,
    PublicationsModule,
  ],
  providers: [
    ApprovedExplainerTexts,
    ExplainerPublishing,
    ExplainerRecords,
    ExplainersService,
    ExplainerReviewService,
    ExplainerWorkspaceService,
    ExplainerQueriesService,
  ],
  exports: [
    ApprovedExplainerTexts,
    ExplainersService,
    ExplainerReviewService,
    ExplainerWorkspaceService,
    ExplainerQueriesService,
  ],
})
export class NotesModule {}
