import { Controller, Get, Inject, Param } from '@nestjs/common';
import { Public } from '../../auth/access.decorators.js';
import { notFound } from '../../common/errors/domain-error.js';
import { INTERFACE_LANGUAGES, type AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { PublicationQueriesService } from '../../publications/publication-queries.service.js';
import {
  renderSitemap,
  renderSitemapIndex,
  type SitemapUrl,
} from '../../publications/sitemap.rules.js';
import { ExplainerQueriesService } from '../../notes/explainer-queries.service.js';
import { ExplainerWorkspaceService } from '../../notes/explainer-workspace.service.js';
import { InitiativesService } from '../../sources/initiatives.service.js';
import { approvedExplainerSlugs } from './approved-explainers.js';
import { planSitemap, sitemapFile, textAlternates } from './sitemap-files.rules.js';

/** Pages with no place for robots: the workspace, accounts and everything behind a sign-in. */
const DISALLOWED = [
  '/workspace',
  '/admin',
  '/account',
  '/sign-in',
  '/sign-out',
  '/invitations',
  '/inbox',
  '/language/',
  '/api/',
];

/** Reader pages that exist in both interface languages at one address. */
const FIXED_PAGES = ['/', '/about', '/initiatives', '/explainers', '/glossary'];

/** What search engines read: robots.txt and the sitemap. */
@Controller()
export class DiscoveryController {
  constructor(
    private readonly publications: PublicationQueriesService,
    private readonly initiatives: InitiativesService,
    private readonly explainerQueries: ExplainerQueriesService,
    private readonly explainerWorkspace: ExplainerWorkspaceService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('/robots.txt')
  @Public()
  robots(): Response {
    const lines = [
      'User-agent: *',
      'Allow: /',
      ...DISALLOWED.map((path) => `Disallow: ${path}`),
      '',
      `Sitemap: ${this.config.publicUrl}/sitemap.xml`,
      '',
    ];
    return new Response(lines.join('\n'), {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }

  @Get('/sitemap.xml')
  @Public()
  async sitemap(): Promise<Response> {
    const plan = planSitemap(await this.urls());
    return xml(
      plan.kind === 'single'
        ? renderSitemap(plan.urls)
        : renderSitemapIndex(
            plan.files.map((file) => ({
              loc: `${this.config.publicUrl}/sitemaps/${file.number}.xml`,
              ...(file.lastmod ? { lastmod: file.lastmod } : {}),
            })),
          ),
    );
  }

  @Get('/sitemaps/:number.xml')
  @Public()
  async sitemapPart(@Param('number') number: string): Promise<Response> {
    if (!/^[1-9]\d{0,5}$/.test(number)) throw notFound();
    const urls = sitemapFile(await this.urls(), Number(number));
    if (!urls) throw notFound();
    return xml(renderSitemap(urls));
  }

  private async urls(): Promise<SitemapUrl[]> {
    const base = this.config.publicUrl;
    const [texts, initiativeIds, tags, explainers] = await Promise.all([
      this.publications.allCurrent(),
      this.publications.initiativesWithPublications(),
      this.publications.liveTags(),
      approvedExplainerSlugs(this.explainerWorkspace, this.explainerQueries),
    ]);
    const initiatives = await this.initiatives.byIds(initiativeIds);
    const inBothLanguages = (path: string): SitemapUrl => ({
      loc: `${base}${path}`,
      alternates: [
        ...INTERFACE_LANGUAGES.map((lang) => ({
          hreflang: lang,
          href: `${base}${path}?lang=${lang}`,
        })),
        { hreflang: 'x-default', href: `${base}${path}` },
      ],
    });
    const located = texts.map((p) => ({ ...p, href: `${base}/texts/${p.slug}` }));
    const alternates = textAlternates(located);
    return [
      ...FIXED_PAGES.map(inBothLanguages),
      ...located.map((p) => ({
        loc: p.href,
        lastmod: p.publishedAt,
        alternates: alternates.get(p) ?? [],
      })),
      ...[...initiatives.values()].map((i) => inBothLanguages(`/initiatives/${i.slug}`)),
      ...tags.map((tag) => inBothLanguages(`/tags/${encodeURIComponent(tag)}`)),
      ...[...explainers.values()].map((slug) => ({ loc: `${base}/explainers/${slug}` })),
    ];
  }
}

function xml(body: string): Response {
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
