import { describe, expect, it } from 'vitest';
import {
  describeLegalReference,
  legalReferenceLines,
  parseLegalReferenceLines,
} from './legal-reference-input.rules.js';

describe('legal reference lines', () => {
  it('reads references written the usual ways, in Russian and English', () => {
    expect(
      parseLegalReferenceLines(
        'ч. 1 ст. 280.3 УК\nст. 20.3.3 КоАП РФ\n\nPart 2 of Article 207.3 of the Criminal Code',
      ),
    ).toEqual({
      ok: true,
      references: [
        { code: 'criminal', article: '280.3', part: '1' },
        { code: 'administrative', article: '20.3.3' },
        { code: 'criminal', article: '207.3', part: '2' },
      ],
    });
  });

  it('refuses a line without a code or an article, naming it', () => {
    expect(parseLegalReferenceLines('ст. 280.3 УК\nзакон об иноагентах')).toEqual({
      ok: false,
      line: 'закон об иноагентах',
    });
    expect(parseLegalReferenceLines('статья 280.3')).toEqual({ ok: false, line: 'статья 280.3' });
  });

  it('round-trips through the form box and describes references per language', () => {
    const refs = [
      { code: 'criminal' as const, article: '280.3', part: '1' },
      { code: 'administrative' as const, article: '20.3.3' },
    ];
    const parsed = parseLegalReferenceLines(legalReferenceLines(refs));
    expect(parsed).toEqual({ ok: true, references: refs });
    expect(describeLegalReference(refs[0]!, 'en')).toBe(
      'Part 1 of Article 280.3 of the Criminal Code',
    );
    expect(describeLegalReference(refs[1]!, 'en')).toBe(
      'Article 20.3.3 of the Code of Administrative Offences',
    );
  });
});
