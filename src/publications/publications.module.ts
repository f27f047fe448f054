import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SourcesModule } from '../sources/sources.module.js';
import { TranslationsModule } from '../translations/translations.module.js';
import { UsersModule } from '../users/users.module.js';
import { LivePublications } from './live-publications.service.js';
import { PublicationContributions } from './publication-contributions.js';
import { PublicationCredit } from './publication-credit.entity.js';
import { PublicationQueriesService } from './publication-queries.service.js';
import { PublicationSnapshots } from './publication-snapshots.service.js';
import { PublicationTag } from './publication-tag.entity.js';
import { Publication } from './publication.entity.js';
import { PublishingService } from './publishing.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Publication, PublicationCredit, PublicationTag]),
    TranslationsModule,
    SourcesModule,
    UsersModule,
  ],
  providers: [
    PublishingService,
    PublicationSnapshots,
    PublicationQueriesService,
    PublicationContributions,
    LivePublications,
  ],
  exports: [
    PublishingService,
    PublicationQueriesService,
    PublicationContributions,
    LivePublications,
  ],
})
export class PublicationsModule {}
