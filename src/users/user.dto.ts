import { ROLES, type Role } from '../common/roles.js';
import {
  BooleanField,
  PatternField,
  TextField,
  VersionField,
} from '../common/validation/fields.js';
import { EnumListField } from '../common/validation/list-fields.js';

export const HANDLE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]{2,31}$/u;
export const LANGUAGE_PAIR_VALUES = ['ru>en', 'en>ru'] as const;

export class HandleAndPasswordDto {
  @PatternField({
    pattern: HANDLE_PATTERN,
    maxLength: 32,
    key: 'validation:handle',
    example: 'lastochka',
  })
  handle!: string;

  @TextField({ minLength: 10, maxLength: 200, trim: false, description: 'At least 10 characters.' })
  password!: string;
}

export class AcceptInvitationDto extends HandleAndPasswordDto {
  @TextField({ optional: true, maxLength: 254 })
  email?: string;
}

export class UserAccessDto {
  // Defaults: a form with no box ticked sends no field at all.
  @EnumListField(ROLES, { minSize: 1 })
  roles: Role[] = [];

  @EnumListField(LANGUAGE_PAIR_VALUES)
  languagePairs: string[] = [];

  @VersionField()
  version!: number;
}

export class UserDisabledDto {
  @BooleanField()
  disabled!: boolean;

  @VersionField()
  version!: number;
}

export class ChangePasswordDto {
  @TextField({ maxLength: 200, trim: false })
  currentPassword!: string;

  @TextField({ minLength: 10, maxLength: 200, trim: false })
  newPassword!: string;
}

export class CreateInvitationDto {
  // Defaults: a form with no box ticked sends no field at all.
  @EnumListField(ROLES, { minSize: 1 })
  roles: Role[] = [];

  @EnumListField(LANGUAGE_PAIR_VALUES)
  languagePairs: string[] = [];

  @TextField({
    optional: true,
    maxLength: 200,
    description: 'A reminder for whoever sent it; never shown to the invitee.',
  })
  note?: string;
}
