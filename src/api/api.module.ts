import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { AuthApiController } from './auth-api.controller.js';
import { HealthController } from './health.controller.js';
import { TokensApiController } from './tokens-api.controller.js';
import { UsersApiController } from './users-api.controller.js';

/** The JSON API under /api/v1: the same services and rules as the pages. */
@Module({
  imports: [UsersModule],
  controllers: [AuthApiController, TokensApiController, UsersApiController, HealthController],
})
export class ApiModule {}
