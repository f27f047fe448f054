import { Injectable } from '@nestjs/common';
import type { UserSummary } from '../users/user.entity.js';
import { TranslationLifecycle } from './translation-lifecycle.service.js';
import type { Translation } from './translation.entity.js';

/**
 * Submitting for review: every unit filled, none outdated, no lost note, no blocking QA finding
 * (the lifecycle checks). Units already approved stay approved, so only changed units need
 * review again.
 */
@Injectable()
export class SubmissionService {
  constructor(private readonly lifecycle: TranslationLifecycle) {}

  submit(user: UserSummary, translationId: number, version: number): Promise<Translation> {
    return this.lifecycle.apply(user, 'submit', { translationId }, version, {});
  }
}
