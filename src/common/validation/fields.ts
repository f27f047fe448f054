import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { fieldMessage } from './field-message.js';

/*
 * One decorator per kind of field: it validates with a translated message key, converts
 * form strings, and documents the field in OpenAPI, so DTOs stay one line per field and
 * pages and API share the same rules.
 */

export interface Common {
  optional?: boolean;
  description?: string;
  example?: unknown;
}

export const apiProperty = (optional: boolean | undefined, options: Record<string, unknown>) =>
  optional ? ApiPropertyOptional(options) : ApiProperty(options);

const emptyToUndefined = Transform(({ value }) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value,
);

const optionalOrRequired = (optional: boolean | undefined) => (optional ? [IsOptional()] : []);

const required = (optional: boolean | undefined) =>
  optional
    ? []
    : [
        Validate(PresentConstraint, {
          message: fieldMessage('validation:required'),
        }),
      ];

@ValidatorConstraint({ name: 'present' })
class PresentConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return (
      value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '')
    );
  }
}

/**
 * NUL and other C0/C1 control characters (tab and line breaks aside) have no place in a text:
 * they truncate output in some tools, hide text from reviewers and break XML exports.
 */
// eslint-disable-next-line no-control-regex
export const NO_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/;

export function TextField(
  options: Common & {
    minLength?: number;
    maxLength: number;
    trim?: boolean;
    multiline?: boolean;
    /** For queries that are never stored and answer any input (search), not for saved text. */
    allowControlCharacters?: boolean;
  },
) {
  return applyDecorators(
    apiProperty(options.optional, {
      type: String,
      maxLength: options.maxLength,
      minLength: options.minLength,
      description: options.description,
      example: options.example,
    }),
    Transform(({ value }) => {
      if (typeof value !== 'string') return value;
      const normalised = value.normalize('NFC').replace(/\r\n/g, '\n');
      return options.trim === false ? normalised : normalised.trim();
    }),
    emptyToUndefined,
    ...optionalOrRequired(options.optional),
    ...required(options.optional),
    IsString({ message: fieldMessage('validation:string') }),
    ...(options.allowControlCharacters
      ? []
      : [
          Matches(NO_CONTROL_CHARACTERS, {
            message: fieldMessage('validation:control-characters'),
          }),
        ]),
    MaxLength(options.maxLength, {
      message: fieldMessage('validation:max-length', (a) => ({
        max: a.constraints[0] as number,
        count: a.constraints[0] as number,
      })),
    }),
    ...(options.minLength
      ? [
          MinLength(options.minLength, {
            message: fieldMessage('validation:min-length', (a) => ({
              min: a.constraints[0] as number,
              count: a.constraints[0] as number,
            })),
          }),
        ]
      : []),
  );
}

export function PatternField(
  options: Common & { pattern: RegExp; maxLength: number; key: string },
) {
  return applyDecorators(
    TextField(options),
    Matches(options.pattern, { message: fieldMessage(options.key) }),
  );
}

export function UrlField(options: Common = {}) {
  return applyDecorators(
    TextField({ ...options, maxLength: 2000 }),
    Validate(HttpUrlConstraint, { message: fieldMessage('validation:url') }),
  );
}

@ValidatorConstraint({ name: 'httpUrl' })
export class HttpUrlConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
    } catch {
      return false;
    }
  }
}

export function EnumField<T extends string>(values: readonly T[], options: Common = {}) {
  return applyDecorators(
    apiProperty(options.optional, {
      enum: values,
      description: options.description,
      example: options.example,
    }),
    emptyToUndefined,
    ...optionalOrRequired(options.optional),
    ...required(options.optional),
    IsIn(values as T[], {
      message: fieldMessage('validation:one-of', () => ({ values: values.join(', ') })),
    }),
  );
}

export function IntField(options: Common & { min: number; max: number }) {
  return applyDecorators(
    apiProperty(options.optional, {
      type: Number,
      minimum: options.min,
      maximum: options.max,
      example: options.example,
    }),
    Transform(({ value }) => {
      if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
      return typeof value === 'string' && value.trim() === '' ? undefined : value;
    }),
    ...optionalOrRequired(options.optional),
    ...required(options.optional),
    IsInt({ message: fieldMessage('validation:integer') }),
    Min(options.min, {
      message: fieldMessage('validation:min', (a) => ({
        min: a.constraints[0] as number,
        count: a.constraints[0] as number,
      })),
    }),
    Max(options.max, {
      message: fieldMessage('validation:max', (a) => ({
        max: a.constraints[0] as number,
        count: a.constraints[0] as number,
      })),
    }),
  );
}

/** Writes carry the version that was read; a stale one is refused with a conflict. */
export function VersionField() {
  return IntField({
    min: 0,
    max: 2_147_483_647,
    description: 'The version that was read (stale writes get 409).',
    example: 1,
  });
}

export function BooleanField(options: Common = {}) {
  return applyDecorators(
    apiProperty(true, { type: Boolean, description: options.description }),
    Transform(({ value }) => {
      if (value === 'on' || value === 'true' || value === '1') return true;
      if (value === undefined || value === 'false' || value === '0' || value === '') return false;
      return value;
    }),
    IsBoolean({ message: fieldMessage('validation:boolean') }),
  );
}
