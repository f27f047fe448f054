import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { ValidationFailed, type FieldError } from '../errors/domain-error.js';
import { readFieldMessage } from './field-message.js';

/**
 * The one way input becomes a DTO, for API bodies (through the pipe) and for forms (pages
 * call it to re-render the form with its errors). Unknown fields are refused, not ignored:
 * a body carrying `status` or `authorId` must not slip through.
 */
export function validateInput<T extends object>(dto: ClassConstructor<T>, input: unknown): T {
  const plain =
    input && typeof input === 'object' ? stripFormControls(input as Record<string, unknown>) : {};
  const instance = plainToInstance(dto, plain, { exposeDefaultValues: true });
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    stopAtFirstError: true,
  });
  if (errors.length > 0) throw new ValidationFailed(flatten(errors).slice(0, MAX_FIELD_ERRORS));
  return instance;
}

/**
 * A body of 10,000 unknown keys is refused whole either way; naming the first hundred tells
 * an honest client what is wrong without translating and sending ten thousand messages.
 */
export const MAX_FIELD_ERRORS = 100;

// The CSRF token and the submit button's name are transport, not input.
function stripFormControls(input: Record<string, unknown>): Record<string, unknown> {
  const { _csrf: _ignoredCsrf, _action: _ignoredAction, ...rest } = input;
  return rest;
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  const result: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [name, message] of Object.entries(error.constraints ?? {})) {
      if (name === 'whitelistValidation') {
        result.push({ field, key: 'validation:unknown-field', params: { field } });
      } else {
        result.push({ field, ...readFieldMessage(message) });
      }
    }
    if (error.children?.length) result.push(...flatten(error.children, field));
  }
  return result;
}
