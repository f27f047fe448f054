import { DomainError, ValidationFailed } from '../common/errors/domain-error.js';

/** The CLI speaks English: domain errors are shown by their key and fields. */
export function describeError(error: unknown): string {
  if (error instanceof ValidationFailed) {
    return error.fields
      .map(
        (f) =>
          `${f.field}: ${f.key}${Object.keys(f.params).length ? ` ${JSON.stringify(f.params)}` : ''}`,
      )
      .join('; ');
  }
  if (error instanceof DomainError) return error.key;
  return error instanceof Error ? error.message : String(error);
}
