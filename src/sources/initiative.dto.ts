import {
  BooleanField,
  EnumField,
  PatternField,
  TextField,
  UrlField,
  VersionField,
} from '../common/validation/fields.js';
import { SLUG_PATTERN } from '../common/slug.rules.js';
import { LICENCES, type Licence } from './source-vocabulary.js';

export class InitiativeDto {
  @TextField({ maxLength: 200, example: 'Мемориал' })
  nameOriginal!: string;

  @TextField({ maxLength: 200, example: 'Memorial' })
  nameEn!: string;

  @PatternField({
    optional: true,
    pattern: SLUG_PATTERN,
    maxLength: 80,
    key: 'validation:slug',
    description: 'URL name; made from the English name when empty.',
  })
  slug?: string;

  @UrlField({ optional: true })
  siteUrl?: string;

  @TextField({ optional: true, maxLength: 4000 })
  descriptionEn?: string;

  @TextField({ optional: true, maxLength: 4000 })
  descriptionRu?: string;

  @EnumField(LICENCES)
  defaultLicence!: Licence;

  @BooleanField({ description: 'Designated an "undesirable organisation" in Russia.' })
  undesirable: boolean = false;

  @BooleanField({ description: 'Designated a "foreign agent" in Russia.' })
  foreignAgent: boolean = false;

  @TextField({
    optional: true,
    maxLength: 1000,
    description: 'The label the designation requires, shown with its texts.',
  })
  foreignAgentLabel?: string;
}

export class UpdateInitiativeDto extends InitiativeDto {
  @VersionField()
  version!: number;
}
