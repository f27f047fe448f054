import type { FastifyReply } from 'fastify';
import type { AppConfig } from '../config/app-config.js';

/** `__Host-` pins the cookie to this host over HTTPS, path `/`, no Domain: production only. */
export function sessionCookieName(config: AppConfig): string {
  return config.production ? '__Host-bridges_session' : 'bridges_session';
}

export function setSessionCookie(
  reply: FastifyReply,
  config: AppConfig,
  token: string,
  expiresAt: Date,
): void {
  reply.setCookie(sessionCookieName(config), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.production,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: AppConfig): void {
  reply.clearCookie(sessionCookieName(config), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.production,
  });
}
