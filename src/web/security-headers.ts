import type { FastifyReply, FastifyRequest } from 'fastify';

const STRICT_CSP =
  "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
// Swagger UI styles itself inline and draws icons from data: URLs; only its own pages get this.
const API_DOCS_CSP = `${STRICT_CSP}; style-src 'self' 'unsafe-inline'; img-src 'self' data:`;

const COMMON = {
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};
const HSTS = { 'strict-transport-security': 'max-age=31536000; includeSubDomains' };

// Built once: this runs on every response, the cached reader pages' hot path included.
const HEADERS = {
  development: {
    pages: { ...COMMON, 'content-security-policy': STRICT_CSP },
    apiDocs: { ...COMMON, 'content-security-policy': API_DOCS_CSP },
  },
  production: {
    pages: { ...COMMON, ...HSTS, 'content-security-policy': STRICT_CSP },
    apiDocs: { ...COMMON, ...HSTS, 'content-security-policy': API_DOCS_CSP },
  },
};

/**
 * Headers on every response. Readers are not tracked and pages are not framed; anything shown
 * to a signed-in person (or to a visitor holding a session) is never stored by caches.
 */
export function applySecurityHeaders(
  request: FastifyRequest,
  reply: FastifyReply,
  production: boolean,
): void {
  const set = HEADERS[production ? 'production' : 'development'];
  reply.headers(request.url.startsWith('/api/docs') ? set.apiDocs : set.pages);
  if (request.ctx?.user || request.ctx?.session) {
    reply.header('cache-control', 'no-store');
  } else if (!reply.hasHeader('cache-control')) {
    reply.header('cache-control', 'no-cache');
  }
}
