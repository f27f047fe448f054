import { describe, expect, it } from 'vitest';
import {
  explainerDocument,
  markdownPlainText,
  publicationDocument,
  type PublicationSnapshot,
} from './search-sources.rules.js';

const PUBLICATION: PublicationSnapshot = {
  id: 12,
  translationId: 5,
  language: 'en',
  initiativeId: 3,
  slug: 'memorial-closed',
  originalDate: '2021-12-01',
  content: {
    title: 'Memorial closed',
    blocks: [
      { text: 'The court [liquidated](https://example.org/a) **Memorial**.' },
      { text: 'It _appealed_.' },
    ],
    attribution: { originalDatePrecision: 'month' },
  },
};

describe('publicationDocument', () => {
  it('indexes the title and the blocks as plain text, at the address of the text', () => {
    expect(publicationDocument(PUBLICATION, ['memorial', 'courts', 'memorial'])).toEqual({
      kind: 'publication',
      refId: 12,
      translationId: 5,
      language: 'en',
      initiativeId: 3,
      date: '2021-12-01',
      datePrecision: 'month',
      title: 'Memorial closed',
      url: '/texts/memorial-closed',
      body: 'The court liquidated Memorial.\nIt appealed.',
      tags: ['memorial', 'courts'],
    });
  });

  it('has no date precision without a date', () => {
    const doc = publicationDocument({ ...PUBLICATION, originalDate: null }, []);
    expect([doc.date, doc.datePrecision]).toEqual([null, null]);
  });
});

describe('explainerDocument', () => {
  it('indexes the approved title, short and long text, dated by its "as of"', () => {
    expect(
      explainerDocument({
        explainerId: 4,
        slug: 'foreign-agent',
        language: 'ru',
        title: 'Иноагент',
        shortText: 'Статус по российскому закону.',
        longText: '## С 2012 года\n\nСм. [закон](https://example.org) и *реестр*.',
        asOf: '2024-11',
      }),
    ).toEqual({
      kind: 'explainer',
      refId: 4,
      translationId: null,
      language: 'ru',
      initiativeId: null,
      date: '2024-11-01',
      datePrecision: 'month',
      title: 'Иноагент',
      url: '/explainers/foreign-agent',
      body: 'Статус по российскому закону.\nС 2012 года\nСм. закон и реестр.',
      tags: [],
    });
  });

  it('has no date when "as of" is missing or malformed', () => {
    const base = {
      explainerId: 1,
      slug: 'x',
      language: 'en' as const,
      title: 'X',
      shortText: 'x',
      longText: '',
    };
    expect(explainerDocument({ ...base, asOf: null }).date).toBeNull();
    expect(explainerDocument({ ...base, asOf: 'soon' }).date).toBeNull();
    expect(explainerDocument({ ...base, asOf: '2020' })).toMatchObject({
      date: '2020-01-01',
      datePrecision: 'year',
      body: 'x',
    });
  });
});

describe('markdownPlainText', () => {
  it('keeps the words, drops markup, link targets and raw HTML tags as text', () => {
    expect(
      markdownPlainText(
        '# Title\n\n- one\n- **two**\n\n> quoted `code`\n\n![alt](https://x/y.png) <b>x</b>',
      ),
    ).toBe('Title\none\ntwo\nquoted code\n <b>x</b>');
  });
});
