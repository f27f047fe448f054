import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RequestAuthenticator } from '../auth/request-authenticator.js';
import { sessionCookieName } from '../auth/session-cookie.js';
import type { AppConfig } from '../config/app-config.js';
import { I18nService } from '../i18n/i18n.service.js';
import { isInterfaceLanguage, negotiateLanguage } from '../i18n/language-negotiation.rules.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ReaderPageCache } from './reader-page-cache.js';
import { applySecurityHeaders } from './security-headers.js';

export const LANGUAGE_COOKIE = 'lang';

/**
 * Fastify hooks around Nest's routing: the request context (language, who is asking) before
 * routing, and security headers on everything.
 */
export function installRequestHooks(app: NestFastifyApplication, config: AppConfig): void {
  const fastify = app.getHttpAdapter().getInstance();
  const i18n = app.get(I18nService);
  const authenticator = app.get(RequestAuthenticator);
  const notifications = app.get(NotificationsService);
  const cache = app.get(ReaderPageCache);

  fastify.decorateRequest('ctx', null as never);
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const query = request.query as Record<string, unknown> | undefined;
    const lang = negotiateLanguage({
      query: query?.lang,
      cookie: request.cookies?.[LANGUAGE_COOKIE],
      acceptLanguage: request.headers['accept-language'],
    });
    request.ctx = {
      lang,
      langFromQuery: isInterfaceLanguage(query?.lang),
      t: i18n.translator(lang),
      user: null,
      via: null,
      session: null,
      tokenId: null,
      authError: null,
      unread: null,
    };
    // An anonymous reader of a page already rendered costs no database query at all.
    if (!request.cookies?.[sessionCookieName(config)] && cache.serve(request, reply)) return reply;
    if (!request.url.startsWith('/static/')) await authenticator.authenticate(request);
    // The layout shows the inbox count: one indexed COUNT, only for pages a person opens.
    if (
      request.ctx.user &&
      request.method === 'GET' &&
      !request.url.startsWith('/static/') &&
      !request.url.startsWith('/api/')
    ) {
      request.ctx.unread = await notifications.unreadCount(request.ctx.user.id);
    }
  });
  fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply) => {
    applySecurityHeaders(request, reply, config.production);
  });
}
