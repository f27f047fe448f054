import type { RequestContext } from '../../auth/request-context.js';
import type { I18nService } from '../../i18n/i18n.service.js';
import type { SearchResults } from '../../search/search.service.js';
import type {
  SearchFilterEcho,
  SearchFilterField,
  SearchFilterProblem,
} from '../../search/search-filter.rules.js';
import type { Initiative } from '../../sources/initiative.entity.js';
import { pagination, type Pagination } from '../pagination.view-model.js';

export interface SearchResultView {
  kindLabel: string | null;
  title: string;
  href: string;
  language: string;
  languageLabel: string;
  isoDate: string | null;
  dateLabel: string | null;
  initiative: string | null;
  snippetHtml: string;
}

export interface SearchView {
  pageTitle: string;
  /** What was typed, shown back in the form (the template escapes it). */
  form: SearchFilterEcho;
  /** Kept in the form and the links when the interface language came from `?lang=`. */
  interfaceLang: string | null;
  errors: Partial<Record<SearchFilterField, string>>;
  languages: { value: string; label: string }[];
  initiatives: { value: string; label: string }[];
  searched: boolean;
  message: string | null;
  countLabel: string | null;
  results: SearchResultView[];
  pagination: Pagination;
}

export function searchView(
  ctx: RequestContext,
  i18n: I18nService,
  input: {
    echo: SearchFilterEcho;
    problems: SearchFilterProblem[];
    outcome: SearchResults | null;
    initiatives: Initiative[];
  },
): SearchView {
  const { echo, outcome } = input;
  const interfaceLang = ctx.langFromQuery ? ctx.lang : null;
  const initiativeName = (i: Initiative) => (ctx.lang === 'ru' ? i.nameOriginal : i.nameEn);
  const names = new Map(input.initiatives.map((i) => [i.id, initiativeName(i)]));
  const errors: SearchView['errors'] = {};
  for (const problem of input.problems) errors[problem.field] ??= ctx.t(problem.key);
  const results = (outcome?.hits ?? []).map((hit) => ({
    kindLabel: hit.kind === 'explainer' ? ctx.t('search:kind.explainer') : null,
    title: hit.title,
    href: hit.url,
    language: hit.language,
    languageLabel: ctx.t(`sources:language.${hit.language}`),
    isoDate: hit.date,
    dateLabel: hit.date ? i18n.formatDate(ctx.lang, hit.date, hit.datePrecision ?? 'day') : null,
    initiative: hit.initiativeId === null ? null : (names.get(hit.initiativeId) ?? null),
    snippetHtml: hit.snippetHtml,
  }));
  const searched = outcome !== null && outcome.messageKey === null;
  return {
    pageTitle: echo.q.trim()
      ? ctx.t('search:title-for', { query: echo.q.trim().slice(0, 80) })
      : ctx.t('search:title'),
    form: echo,
    interfaceLang,
    errors,
    languages: (['en', 'ru'] as const).map((code) => ({
      value: code,
      label: ctx.t(`sources:language.${code}`),
    })),
    initiatives: [...input.initiatives]
      .sort((a, b) => initiativeName(a).localeCompare(initiativeName(b), ctx.lang))
      .map((i) => ({ value: String(i.id), label: initiativeName(i) })),
    searched,
    message: outcome?.messageKey && echo.q.trim() ? ctx.t(outcome.messageKey) : null,
    countLabel: searched ? ctx.t('search:count', { count: outcome.total }) : null,
    results,
    pagination: pagination(ctx, outcome ?? { page: 1, pageSize: 1, total: 0 }, (page) =>
      searchHref(echo, interfaceLang, page),
    ),
  };
}

/** The address of another page of the same search. */
function searchHref(echo: SearchFilterEcho, interfaceLang: string | null, page: number): string {
  const params = new URLSearchParams();
  if (echo.q) params.set('q', echo.q);
  if (echo.language) params.set('language', echo.language);
  if (echo.initiative) params.set('initiative', echo.initiative);
  if (echo.tag) params.set('tag', echo.tag);
  if (echo.from) params.set('from', echo.from);
  if (echo.to) params.set('to', echo.to);
  if (page > 1) params.set('page', String(page));
  if (interfaceLang) params.set('lang', interfaceLang);
  return `/search?${params.toString()}`;
}
