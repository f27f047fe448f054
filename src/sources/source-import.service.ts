import { Inject, Injectable } from '@nestjs/common';
import { DomainError, ValidationFailed } from '../common/errors/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { ImportError } from './import/import-error.rules.js';
import { importBody } from './import/import-file.rules.js';
import type { SourceMetadataDto } from './source-text.dto.js';
import type { SourceText } from './source-text.entity.js';
import { SourcesService } from './sources.service.js';

/**
 * A file becomes a source text in one transaction: parsed first (nothing is written when it
 * cannot be read), then created like a pasted text.
 */
@Injectable()
export class SourceImportService {
  constructor(
    private readonly sources: SourcesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async import(
    actorId: number,
    file: { bytes: Uint8Array; filename: string },
    metadata: SourceMetadataDto,
    title?: string,
  ): Promise<SourceText> {
    let parsed;
    try {
      parsed = importBody(file.bytes, file.filename, this.config.maxUploadBytes);
    } catch (error) {
      if (error instanceof ImportError) {
        throw new DomainError(
          error.key === 'sources:import-too-large' ? 'too_large' : 'invalid',
          error.key,
          error.params,
        );
      }
      throw error;
    }
    const finalTitle = title || parsed.title;
    if (!finalTitle) throw ValidationFailed.field('title', 'sources:title-required-for-import');
    return this.sources.create(actorId, {
      ...metadata,
      title: finalTitle.slice(0, 300),
      body: parsed.body,
    });
  }
}
