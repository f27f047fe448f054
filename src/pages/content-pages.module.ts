import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContentPage } from './content-page.entity.js';
import { ContentPagesService } from './content-pages.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ContentPage])],
  providers: [ContentPagesService],
  exports: [ContentPagesService],
})
export class ContentPagesModule {}
