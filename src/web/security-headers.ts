import type { FastifyReply, FastifyRequest } from 'fastify';

const STRICT_CSP =
  "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
// Swagger UI styles itself inline and draws icons from data: URLs; only its own pages get this.
const API_DOCS_CSP = `${STRICT_CSP}; style-src 'self' 'unsafe-inline'; img-src 'self' data:`;

/**
 * Headers on every response. Readers are not tracked and pages are not framed; anything shown
 * to a signed-in person (or to a visitor holding a session) is never stored by caches.
 */
export function applySecurityHeaders(
  request: FastifyRequest,
  reply: FastifyReply,
  production: boolean,
): void {
  reply.header(
    'content-security-policy',
    request.url.startsWith('/api/docs') ? API_DOCS_CSP : STRICT_CSP,
  );
  reply.header('referrer-policy', 'no-referrer');
  reply.header('x-content-type-options', 'nosniff');
  reply.header('x-frame-options', 'DENY');
  reply.header('cross-origin-opener-policy', 'same-origin');
  reply.header('cross-origin-resource-policy', 'same-origin');
  reply.header(
    'permissions-policy',
    'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  );
  if (production) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  if (request.ctx?.user || request.ctx?.session) {
    reply.header('cache-control', 'no-store');
  } else if (!reply.hasHeader('cache-control')) {
    reply.header('cache-control', 'no-cache');
  }
}
