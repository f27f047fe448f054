import type { RequestContext } from '../auth/request-context.js';

export interface Pagination {
  page: number;
  pages: number;
  previous: string | null;
  next: string | null;
  label: string;
}

export function pagination(
  ctx: RequestContext,
  result: { page: number; pageSize: number; total: number },
  href: (page: number) => string,
): Pagination {
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return {
    page: result.page,
    pages,
    previous: result.page > 1 ? href(result.page - 1) : null,
    next: result.page < pages ? href(result.page + 1) : null,
    label: ctx.t('common:pagination.page-of', { page: result.page, pages }),
  };
}
