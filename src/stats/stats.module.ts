import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { StatsService } from './stats.service.js';

@Module({
  imports: [UsersModule],
  providers: [StatsService],
  exports: [StatsService],
})
export class StatsModule {}
