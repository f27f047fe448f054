import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SourcesModule } from '../sources/sources.module.js';
import { TranslationsModule } from '../translations/translations.module.js';
import { UsersModule } from '../users/users.module.js';
import { Notification } from './notification.entity.js';
import { NotificationsHandler } from './notifications.handler.js';
import { NotificationsService } from './notifications.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Notification]),
    TranslationsModule,
    SourcesModule,
    UsersModule,
  ],
  providers: [NotificationsService, NotificationsHandler],
  exports: [NotificationsService],
})
export class NotificationsModule {}
