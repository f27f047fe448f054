import { DomainError, ValidationFailed } from '../common/errors/domain-error.js';
import type { Translate } from '../i18n/i18n.service.js';
import { ERROR_STATUS } from './error-status.js';

export interface FormErrors {
  /** A message for the whole form (shown above it). */
  form: string | null;
  /** Translated messages by field name. */
  fields: Record<string, string>;
  statusCode: number;
}

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
    statusCode: ERROR_STATUS[error.kind],
  };
}

/**
 * Handles a form post: `attempt` validates and runs the use case; when it fails with one of the
 * `handled` kinds, the page `showAgain` builds comes back with the errors and their status
 * instead of an error page.
 */
export async function submitForm<Done, View extends object>(
  t: Translate,
  attempt: () => Promise<Done>,
  showAgain: (errors: FormErrors) => View | Promise<View>,
  handled?: DomainError['kind'][],
): Promise<Done | (View & { statusCode: number })> {
  try {
    return await attempt();
  } catch (error) {
    const errors = formErrorsFrom(error, t, handled);
    return { ...(await showAgain(errors)), statusCode: errors.statusCode };
  }
}

export const NO_ERRORS: FormErrors = { form: null, fields: {}, statusCode: 200 };
