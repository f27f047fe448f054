import type { ErrorKind } from '../common/errors/domain-error.js';

/** The HTTP status each kind of domain error answers with: error pages, JSON and forms alike. */
export const ERROR_STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
};
