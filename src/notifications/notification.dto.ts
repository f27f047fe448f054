import { BooleanField } from '../common/validation/fields.js';
import { IdListField } from '../common/validation/list-fields.js';

export class MarkReadDto {
  @IdListField({ maxItems: 100, description: 'Notifications to mark read (your own only).' })
  ids?: number[];

  // A default: a form or body without the field sends none.
  @BooleanField({ description: 'Mark every notification read.' })
  all: boolean = false;
}
