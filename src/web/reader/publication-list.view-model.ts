import type { RequestContext } from '../../auth/request-context.js';
import type { I18nService } from '../../i18n/i18n.service.js';
import type { PublicationSummary } from '../../publications/publication-queries.service.js';
import type { Initiative } from '../../sources/initiative.entity.js';

/** One text in a list of texts; `lang` marks it when it is not in the interface language. */
export interface PublicationItemView {
  href: string;
  title: string;
  language: string;
  /** "in Russian" when the text is not in the interface language, else null. */
  languageNote: string | null;
  summary: string;
  isoDate: string;
  date: string;
  initiative: { name: string; href: string } | null;
}

export function publicationItems(
  ctx: RequestContext,
  i18n: I18nService,
  items: PublicationSummary[],
  initiatives: Map<number, Initiative> = new Map(),
): PublicationItemView[] {
  return items.map((p) => {
    const initiative = initiatives.get(p.initiativeId);
    return {
      href: `/texts/${p.slug}`,
      title: p.title,
      language: p.language,
      languageNote: p.language === ctx.lang ? null : ctx.t(`reader:in-language.${p.language}`),
      summary: p.summary,
      isoDate: p.publishedAt.toISOString().slice(0, 10),
      date: i18n.formatDate(ctx.lang, p.publishedAt),
      initiative: initiative
        ? { name: initiativeName(ctx, initiative), href: `/initiatives/${initiative.slug}` }
        : null,
    };
  });
}

/** The English name for English readers, the original one (usually Russian) for Russian. */
export function initiativeName(ctx: RequestContext, initiative: Initiative): string {
  return ctx.lang === 'ru' ? initiative.nameOriginal : initiative.nameEn;
}
