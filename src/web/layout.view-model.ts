import type { RequestContext } from '../auth/request-context.js';
import type { Role } from '../common/roles.js';
import type { InterfaceLanguage } from '../config/app-config.js';

export interface NavItem {
  href: string;
  label: string;
  current: boolean;
}

export interface LayoutModel {
  siteName: string;
  lang: InterfaceLanguage;
  path: string;
  navigation: NavItem[];
  workspaceNavigation: NavItem[];
  languages: { code: InterfaceLanguage; label: string; href: string; current: boolean }[];
  user: { handle: string; roles: Role[] } | null;
  csrfToken: string | null;
  signInHref: string;
  /** The signed-in user's inbox; `unread` is null when it was not counted (e.g. after a POST). */
  inbox: { href: string; label: string; unread: number | null; unreadLabel: string | null } | null;
}

interface NavEntry {
  href: string;
  key: string;
  roles?: Role[];
  /** Current only on this very path, not below it. */
  exact?: boolean;
}

/** Reader navigation, shown to everyone. */
const READER_NAV: NavEntry[] = [
  { href: '/', key: 'common:nav.home' },
  { href: '/initiatives', key: 'common:nav.initiatives' },
  { href: '/explainers', key: 'common:nav.explainers' },
  { href: '/glossary', key: 'common:nav.glossary' },
  { href: '/about', key: 'common:nav.about' },
  { href: '/search', key: 'common:nav.search' },
];

/**
 * Workspace navigation by role. Every feature adds its entry here; the server still checks
 * each route, this only decides what is offered.
 */
const WORKSPACE_NAV: NavEntry[] = [
  { href: '/workspace', key: 'common:nav.dashboard', exact: true },
  { href: '/workspace/review', key: 'common:nav.review', roles: ['reviewer', 'editor'] },
  { href: '/workspace/sources', key: 'common:nav.sources' },
  { href: '/workspace/initiatives', key: 'common:nav.initiatives' },
  { href: '/workspace/timeline', key: 'common:nav.timeline', roles: ['editor'] },
  { href: '/workspace/glossary', key: 'common:nav.glossary' },
  { href: '/workspace/memory', key: 'common:nav.memory' },
  { href: '/workspace/explainers', key: 'common:nav.explainers' },
  { href: '/workspace/stats', key: 'common:nav.stats' },
  { href: '/account', key: 'common:nav.account' },
  { href: '/admin/invitations', key: 'common:nav.invitations', roles: ['editor', 'admin'] },
  { href: '/admin/users', key: 'common:nav.users', roles: ['admin'] },
  { href: '/admin/audit', key: 'common:nav.audit', roles: ['admin'] },
];

const LANGUAGE_LABELS: Record<InterfaceLanguage, string> = { en: 'English', ru: 'Русский' };

export function buildLayout(ctx: RequestContext, siteName: string, url: string): LayoutModel {
  const path = url.split('?')[0] || '/';
  const user = ctx.user;
  const visible = (entry: NavEntry) =>
    !entry.roles || entry.roles.some((role) => user?.roles.includes(role));
  const item = (entry: NavEntry): NavItem => ({
    href: entry.href,
    label: ctx.t(entry.key),
    current:
      entry.href === '/' || entry.exact
        ? path === entry.href
        : path === entry.href || path.startsWith(`${entry.href}/`),
  });
  const next = encodeURIComponent(withoutLang(url));
  return {
    siteName,
    lang: ctx.lang,
    path,
    navigation: READER_NAV.map(item),
    workspaceNavigation: user ? WORKSPACE_NAV.filter(visible).map(item) : [],
    languages: (['en', 'ru'] as const).map((code) => ({
      code,
      label: LANGUAGE_LABELS[code],
      href: `/language/${code}?next=${next}`,
      current: code === ctx.lang,
    })),
    user: user && user.handle ? { handle: user.handle, roles: user.roles } : null,
    csrfToken: ctx.session?.csrfToken ?? null,
    signInHref:
      path === '/sign-in' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(withoutLang(url))}`,
    inbox: user
      ? {
          href: '/inbox',
          label: ctx.t('common:nav.inbox'),
          unread: ctx.unread ?? null,
          unreadLabel:
            ctx.unread === null || ctx.unread === undefined
              ? null
              : ctx.t('common:unread', { count: ctx.unread }),
        }
      : null,
  };
}

function withoutLang(url: string): string {
  const [path = '/', query = ''] = url.split('?');
  const params = new URLSearchParams(query);
  params.delete('lang');
  const rest = params.toString();
  return rest ? `${path}?${rest}` : path;
}
