import { PatternField, TextField, VersionField } from '../common/validation/fields.js';
import { StringListField } from '../common/validation/list-fields.js';

export class PersonDto {
  @PatternField({
    pattern: /\p{Script=Cyrillic}/u,
    maxLength: 200,
    key: 'glossary:cyrillic-required',
    example: 'Алексей Навальный',
  })
  cyrillic!: string;

  @PatternField({
    pattern: /^\P{Script=Cyrillic}*$/u,
    maxLength: 200,
    key: 'glossary:spelling-latin',
    example: 'Alexei Navalny',
    description: 'The preferred spelling; it wins over any transliteration scheme.',
  })
  spelling!: string;

  @StringListField({
    optional: true,
    maxItems: 20,
    maxLength: 200,
    example: ['Aleksei Navalny', 'Aleksey Navalny'],
    description: 'Other spellings seen in the press; comma or line separated in forms.',
  })
  variants?: string[];

  @TextField({ optional: true, maxLength: 2000, description: 'A note for translators.' })
  note?: string;
}

export class UpdatePersonDto extends PersonDto {
  @VersionField()
  version!: number;
}
