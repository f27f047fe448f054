import { BooleanField, IntField, TextField, VersionField } from '../common/validation/fields.js';

export const MAX_COMMENT_LENGTH = 4000;

export class CreateCommentDto {
  @TextField({
    maxLength: MAX_COMMENT_LENGTH,
    description: 'Plain text; `@handle` notifies that person if they may see the translation.',
    example: '@lipa, is "foreign agent" right here?',
  })
  body!: string;

  @IntField({
    optional: true,
    min: 1,
    max: 2_147_483_647,
    description: 'The unit discussed; without it, the whole translation.',
  })
  unitId?: number;

  @IntField({
    optional: true,
    min: 1,
    max: 2_147_483_647,
    description: "A reply: the comment answered (a reply to a reply joins its thread's root).",
  })
  parentId?: number;
}

export class ResolveCommentDto {
  @VersionField()
  version!: number;

  @BooleanField({ description: 'true resolves the thread, false reopens it.' })
  resolved!: boolean;
}
