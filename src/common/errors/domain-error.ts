export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'too_large';

export type MessageParams = Record<string, string | number>;

/**
 * What services throw. It carries an i18n key and parameters, never a sentence: the edge
 * (one exception filter) translates it into the reader's language and picks the status.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly key: string,
    readonly params: MessageParams = {},
  ) {
    super(key);
    this.name = new.target.name;
  }
}

export interface FieldError {
  field: string;
  key: string;
  params: MessageParams;
}

export class ValidationFailed extends DomainError {
  constructor(readonly fields: FieldError[]) {
    super('invalid', 'errors:validation-failed', { count: fields.length });
  }

  static field(field: string, key: string, params: MessageParams = {}): ValidationFailed {
    return new ValidationFailed([{ field, key, params }]);
  }
}

/** One side of a refused stale write, shown to the person next to the other side. */
export interface ConflictSide {
  version: number;
  text?: string;
  [extra: string]: unknown;
}

export class ConflictError extends DomainError {
  constructor(
    key: string,
    readonly current: ConflictSide,
    readonly submitted?: ConflictSide,
    params: MessageParams = {},
  ) {
    super('conflict', key, params);
  }
}

export const notFound = (key = 'errors:not-found', params: MessageParams = {}) =>
  new DomainError('not_found', key, params);
export const forbidden = (key = 'errors:forbidden', params: MessageParams = {}) =>
  new DomainError('forbidden', key, params);
