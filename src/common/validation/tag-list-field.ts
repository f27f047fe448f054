import { applyDecorators } from '@nestjs/common';
import { Matches } from 'class-validator';
import { MAX_TAG_LENGTH, TAG_PATTERN } from '../tag.rules.js';
import { fieldMessage } from './field-message.js';
import { StringListField } from './list-fields.js';

/** Tags become addresses and filters, so a tag that could not be one is refused when saved. */
export function TagListField() {
  return applyDecorators(
    StringListField({
      optional: true,
      maxItems: 20,
      maxLength: MAX_TAG_LENGTH,
      description: 'Tags: letters, digits and hyphens; a comma-separated string in forms.',
    }),
    Matches(TAG_PATTERN, { each: true, message: fieldMessage('validation:tag') }),
  );
}
