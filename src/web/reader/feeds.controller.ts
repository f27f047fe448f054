import { Controller, Get, Inject, Param } from '@nestjs/common';
import { SLUG_PATTERN } from '../../common/slug.rules.js';
import { tagOf } from '../../common/tag.rules.js';
import { Ctx, Public } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { notFound } from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { isTextLanguage } from '../../config/language-pairs.rules.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { renderAtomFeed } from '../../publications/atom-feed.rules.js';
import {
  PublicationQueriesService,
  type PublicationSummary,
} from '../../publications/publication-queries.service.js';
import { InitiativesService } from '../../sources/initiatives.service.js';
import type { Initiative } from '../../sources/initiative.entity.js';
import { atomFeed, FEED_SIZE } from './feed.view-model.js';

/** Atom feeds of the newest texts: all, per language, per initiative and per tag. */
@Controller('/feeds')
export class FeedsController {
  constructor(
    private readonly publications: PublicationQueriesService,
    private readonly initiatives: InitiativesService,
    private readonly i18n: I18nService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `/feeds/all.atom`, `/feeds/en.atom`, `/feeds/ru.atom`. */
  @Get('/:name.atom')
  @Public()
  async byLanguage(@Ctx() ctx: RequestContext, @Param('name') name: string): Promise<Response> {
    if (name === 'all') {
      const items = await this.publications.summaries({ limit: FEED_SIZE });
      return this.feed(items, {
        title: ctx.t('reader:feeds.all'),
        selfPath: '/feeds/all.atom',
        alternatePath: '/',
        language: ctx.lang,
      });
    }
    if (!isTextLanguage(name)) throw notFound();
    const items = await this.publications.summaries({ language: name, limit: FEED_SIZE });
    // The feed is in its texts' language, whatever the interface language of who asks.
    return this.feed(items, {
      title: this.i18n.t(name, `reader:feeds.language.${name}`),
      selfPath: `/feeds/${name}.atom`,
      alternatePath: `/?lang=${name}`,
      language: name,
    });
  }

  @Get('/initiatives/:slug.atom')
  @Public()
  async byInitiative(@Ctx() ctx: RequestContext, @Param('slug') slug: string): Promise<Response> {
    if (!SLUG_PATTERN.test(slug)) throw notFound();
    const initiative = await this.initiatives.bySlug(slug);
    const items = await this.publications.summaries({
      initiativeId: initiative.id,
      limit: FEED_SIZE,
    });
    if (items.length === 0) throw notFound();
    return this.feed(
      items,
      {
        title: ctx.t('reader:feeds.initiative', { name: initiative.nameEn }),
        selfPath: `/feeds/initiatives/${initiative.slug}.atom`,
        alternatePath: `/initiatives/${initiative.slug}`,
        language: ctx.lang,
      },
      new Map([[initiative.id, initiative]]),
    );
  }

  @Get('/tags/:tag.atom')
  @Public()
  async byTag(@Ctx() ctx: RequestContext, @Param('tag') raw: string): Promise<Response> {
    const tag = tagOf(raw);
    if (!tag) throw notFound();
    const items = await this.publications.summaries({ tag, limit: FEED_SIZE });
    if (items.length === 0) throw notFound();
    return this.feed(items, {
      title: ctx.t('reader:feeds.tag', { tag }),
      selfPath: `/feeds/tags/${encodeURIComponent(tag)}.atom`,
      alternatePath: `/tags/${encodeURIComponent(tag)}`,
      language: ctx.lang,
    });
  }

  private async feed(
    items: PublicationSummary[],
    meta: { title: string; selfPath: string; alternatePath: string; language: string },
    known?: Map<number, Initiative>,
  ): Promise<Response> {
    const [initiatives, tags] = await Promise.all([
      known ?? this.initiatives.byIds(items.map((p) => p.initiativeId)),
      this.publications.tags(items.map((p) => p.id)),
    ]);
    const xml = renderAtomFeed(
      atomFeed({
        ...meta,
        publicUrl: this.config.publicUrl,
        siteName: this.config.siteName,
        items,
        initiatives,
        tags,
      }),
    );
    return new Response(xml, {
      headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
    });
  }
}
