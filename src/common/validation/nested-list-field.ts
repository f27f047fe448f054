import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { fieldMessage } from './field-message.js';

/** An optional list of objects, each validated by its own DTO class. */
export function NestedListField(
  type: () => new () => object,
  options: { maxItems: number; description?: string },
) {
  return applyDecorators(
    ApiPropertyOptional({ type, isArray: true, description: options.description }),
    IsOptional(),
    IsArray({ message: fieldMessage('validation:list') }),
    ArrayMaxSize(options.maxItems, {
      message: fieldMessage('validation:list-too-long', (a) => ({
        max: a.constraints[0] as number,
        count: a.constraints[0] as number,
      })),
    }),
    ValidateNested({ each: true }),
    Type(type),
  );
}
