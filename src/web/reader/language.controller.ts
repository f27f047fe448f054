import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../../auth/access.decorators.js';
import { notFound } from '../../common/errors/domain-error.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { isInterfaceLanguage } from '../../i18n/language-negotiation.rules.js';
import { requestedLocalPath } from '../page.decorator.js';
import { LANGUAGE_COOKIE } from '../request-hooks.js';

@Controller()
export class LanguageController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * The language switcher: the only place a reader gets a cookie, and only because they chose.
   * A plain link, so it works without JavaScript.
   */
  @Get('/language/:code')
  @Public()
  choose(
    @Param('code') code: string,
    @Query('next') next: string | undefined,
    @Res() reply: FastifyReply,
  ): void {
    if (!isInterfaceLanguage(code)) throw notFound();
    const target = requestedLocalPath(next, '/');
    void reply
      .setCookie(LANGUAGE_COOKIE, code, {
        path: '/',
        maxAge: 365 * 24 * 3600,
        sameSite: 'lax',
        secure: this.config.production,
        httpOnly: true,
      })
      .redirect(target, 303);
  }
}
