import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Validate,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { fieldMessage } from './field-message.js';
import { apiProperty, NO_CONTROL_CHARACTERS, type Common } from './fields.js';

/*
 * Fields that hold lists. Forms send one value as a string, several as repeated fields or a
 * comma-separated string; each decorator turns all of these into an array before validating.
 */

const maxItems = (max: number) =>
  ArrayMaxSize(max, {
    message: fieldMessage('validation:list-too-long', (a) => ({
      max: a.constraints[0] as number,
      count: a.constraints[0] as number,
    })),
  });

/** A multi-choice field; forms send one value as a string and several as an array. */
export function EnumListField<T extends string>(
  values: readonly T[],
  options: Common & { minSize?: number } = {},
) {
  return applyDecorators(
    apiProperty(options.optional, {
      enum: values,
      isArray: true,
      description: options.description,
    }),
    Transform(({ value }) =>
      value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value],
    ),
    IsArray({ message: fieldMessage('validation:list') }),
    maxItems(values.length),
    IsIn(values as T[], {
      each: true,
      message: fieldMessage('validation:one-of', () => ({ values: values.join(', ') })),
    }),
    ...(options.minSize
      ? [
          Validate(MinSizeConstraint, [options.minSize], {
            message: fieldMessage('validation:choose-at-least', (a) => ({
              count: a.constraints[0] as number,
            })),
          }),
        ]
      : []),
  );
}

@ValidatorConstraint({ name: 'minSize' })
class MinSizeConstraint implements ValidatorConstraintInterface {
  validate(value: unknown, args?: ValidationArguments): boolean {
    return (
      Array.isArray(value) && value.length >= ((args?.constraints[0] as number | undefined) ?? 1)
    );
  }
}

export function StringListField(options: Common & { maxItems: number; maxLength: number }) {
  return applyDecorators(
    apiProperty(options.optional, {
      type: String,
      isArray: true,
      description: options.description,
    }),
    Transform(({ value }) => {
      const list = Array.isArray(value)
        ? value
        : typeof value === 'string'
          ? value.split(/[,\n]/)
          : value;
      return Array.isArray(list)
        ? [
            ...new Set(
              list
                .map((v) => (typeof v === 'string' ? v.normalize('NFC').trim() : v))
                .filter((v) => v !== ''),
            ),
          ]
        : list;
    }),
    IsOptional(),
    IsArray({ message: fieldMessage('validation:list') }),
    maxItems(options.maxItems),
    IsString({ each: true, message: fieldMessage('validation:string') }),
    // Each item is text like any text field (name variants, term forms, authors, tags).
    Matches(NO_CONTROL_CHARACTERS, {
      each: true,
      message: fieldMessage('validation:control-characters'),
    }),
    MaxLength(options.maxLength, {
      each: true,
      message: fieldMessage('validation:max-length', (a) => ({
        max: a.constraints[0] as number,
        count: a.constraints[0] as number,
      })),
    }),
  );
}

/** A list of ids; forms send "3, 7" or repeated fields. */
export function IdListField(options: Common & { maxItems: number }) {
  return applyDecorators(
    apiProperty(true, { type: Number, isArray: true, description: options.description }),
    Transform(({ value }) => {
      const list = Array.isArray(value)
        ? value
        : typeof value === 'string'
          ? value.split(/[\s,]+/)
          : value;
      return Array.isArray(list)
        ? [
            ...new Set(
              list
                .filter((v) => v !== '')
                .map((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v)),
            ),
          ]
        : list;
    }),
    IsOptional(),
    IsArray({ message: fieldMessage('validation:list') }),
    maxItems(options.maxItems),
    IsInt({ each: true, message: fieldMessage('validation:integer') }),
  );
}
