import { Injectable } from '@nestjs/common';
import { GlossaryService } from '../glossary/glossary.service.js';
import { ExplainerReviewService } from '../notes/explainer-review.service.js';
import { ExplainersService } from '../notes/explainers.service.js';
import { PublishingService } from '../publications/publishing.service.js';
import { ReviewService } from '../review/review.service.js';
import { FootnotesService } from '../translations/footnotes.service.js';
import { SubmissionService } from '../translations/submission.service.js';
import { TranslationRecords } from '../translations/translation-records.js';
import { TranslationsService } from '../translations/translations.service.js';
import { UnitsService } from '../translations/units.service.js';
import type { UserSummary } from '../users/user.entity.js';
import { DEMO_EXPLAINERS } from './demo-explainers.js';
import { DEMO_MEMORIAL_TRANSLATION } from './seed-content.js';

export interface DemoCast {
  editor: UserSummary;
  reviewer: UserSummary;
  translator: UserSummary;
}

/**
 * The demo's reviewed content, made the way people make it — through the same services, each
 * step by the right person: explainers written by the editor and approved by the reviewer, and
 * one text translated, annotated, reviewed and published.
 */
@Injectable()
export class DemoPublisher {
  constructor(
    private readonly explainers: ExplainersService,
    private readonly explainerReview: ExplainerReviewService,
    private readonly glossary: GlossaryService,
    private readonly translations: TranslationsService,
    private readonly units: UnitsService,
    private readonly footnotes: FootnotesService,
    private readonly submission: SubmissionService,
    private readonly records: TranslationRecords,
    private readonly review: ReviewService,
    private readonly publishing: PublishingService,
  ) {}

  async explainersWithGlossary(cast: DemoCast): Promise<void> {
    for (const demo of DEMO_EXPLAINERS) {
      const explainer = await this.explainers.create(cast.editor, {
        ...demo.versions.en,
        kind: demo.kind,
        language: 'en',
        slug: demo.slug,
      });
      const translated = await this.explainers.saveVersion(
        cast.editor,
        explainer.id,
        'ru',
        0,
        demo.versions.ru,
      );
      for (const [language, version] of [
        ['en', 1],
        ['ru', translated.version],
      ] as const) {
        const submitted = await this.explainerReview.submit(
          cast.editor,
          explainer.id,
          language,
          version,
        );
        await this.explainerReview.review(
          cast.reviewer,
          explainer.id,
          language,
          submitted.version,
          'approve',
          undefined,
        );
      }
      for (const term of demo.glossaryTerms) {
        const [entry] = (await this.glossary.list({ q: term })).filter((e) => e.term === term);
        if (entry) {
          await this.glossary.update(cast.editor.id, entry.id, entry.version, {
            sourceLanguage: entry.sourceLanguage,
            term: entry.term,
            forms: entry.forms,
            note: entry.note,
            renderings: entry.renderings,
            explainerId: explainer.id,
          });
        }
      }
    }
  }

  async memorialPublication(cast: DemoCast, sourceId: number): Promise<string> {
    const translation = await this.translations.start(cast.translator, sourceId, 'en');
    const units = await this.records.units(translation.id);
    for (const [i, { unit }] of units.entries()) {
      await this.units.save(
        cast.translator,
        translation.id,
        unit.id,
        unit.version,
        DEMO_MEMORIAL_TRANSLATION.units[i]!,
      );
    }
    for (const note of DEMO_MEMORIAL_TRANSLATION.footnotes) {
      const { unit } = (await this.records.units(translation.id))[note.unit]!;
      await this.footnotes.add(cast.translator, translation.id, unit.id, {
        unitVersion: unit.version,
        quote: note.quote,
        note: note.note,
      });
    }
    const current = await this.records.load(translation.id);
    await this.submission.submit(cast.translator, translation.id, current.translation.version);
    const seen = Object.fromEntries(
      (await this.records.units(translation.id)).map(({ unit }) => [unit.id, unit.version]),
    );
    const approved = await this.review.approveAll(cast.reviewer, translation.id, seen);
    const publication = await this.publishing.publish(cast.editor, translation.id, {
      version: approved.version,
    });
    return publication.slug;
  }
}
