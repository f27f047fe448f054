import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TranslationsModule } from '../translations/translations.module.js';
import { UsersModule } from '../users/users.module.js';
import { Comment } from './comment.entity.js';
import { CommentsService } from './comments.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Comment]), TranslationsModule, UsersModule],
  providers: [CommentsService],
  exports: [CommentsService],
})
export class CommentsModule {}
