import { Module } from '@nestjs/common';
import { SourcesModule } from '../sources/sources.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { UsersModule } from '../users/users.module.js';
import { SegmentApiController } from './segment-api.controller.js';
import { SourcesApiController } from './sources-api.controller.js';
import { TimelineApiController } from './timeline-api.controller.js';
import { AuthApiController } from './auth-api.controller.js';
import { HealthController } from './health.controller.js';
import { TokensApiController } from './tokens-api.controller.js';
import { UsersApiController } from './users-api.controller.js';

/** The JSON API under /api/v1: the same services and rules as the pages. */
@Module({
  imports: [UsersModule, SourcesModule, TimelineModule],
  controllers: [
    AuthApiController,
    TokensApiController,
    UsersApiController,
    HealthController,
    SourcesApiController,
    TimelineApiController,
    SegmentApiController,
  ],
})
export class ApiModule {}
