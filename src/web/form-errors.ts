import { DomainError, ValidationFailed } from '../common/errors/domain-error.js';
import type { Translate } from '../i18n/i18n.service.js';

export interface FormErrors {
  /** A message for the whole form (shown above it). */
  form: string | null;
  /** Translated messages by field name. */
  fields: Record<string, string>;
  statusCode: number;
}

const STATUS = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
};

/**
 * Turns a domain error raised by a form's use case into messages shown beside the fields, so
 * the form comes back filled in instead of an error page. Other errors keep propagating.
 */
export function formErrorsFrom(
  error: unknown,
  t: Translate,
  handled: DomainError['kind'][] = ['invalid'],
): FormErrors {
  if (!(error instanceof DomainError) || !handled.includes(error.kind)) throw error;
  const fields: Record<string, string> = {};
  if (error instanceof ValidationFailed) {
    for (const field of error.fields) fields[field.field] ??= t(field.key, field.params);
  }
  return {
    form: t(error.key, error.params),
    fields,
    statusCode: STATUS[error.kind],
  };
}

export const NO_ERRORS: FormErrors = { form: null, fields: {}, statusCode: 200 };
