import type { InterfaceLanguage } from '../config/app-config.js';
import type { Translate } from '../i18n/i18n.service.js';
import type { UserSummary } from '../users/user.entity.js';
import type { Session } from './session.entity.js';

/** What every handler may know about the request: language, and who is asking, if anyone. */
export interface RequestContext {
  lang: InterfaceLanguage;
  /** True when the language came from `?lang=`, so links keep it. */
  langFromQuery: boolean;
  t: Translate;
  user: UserSummary | null;
  via: 'session' | 'token' | null;
  session: Session | null;
  tokenId: number | null;
  /** Set when a credential was sent but is not valid: refused rather than treated as anonymous. */
  authError: string | null;
  /**
   * Unread notifications of the signed-in user, counted for the pages they open (GET, not the
   * API or static files); null when not counted.
   */
  unread?: number | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
}
