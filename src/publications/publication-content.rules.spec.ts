import { describe, expect, it } from 'vitest';
import {
  attributionProblems,
  publishedBlocks,
  summaryOf,
  type PublishedAttribution,
} from './publication-content.rules.js';

const attribution: PublishedAttribution = {
  initiative: {
    id: 1,
    slug: 'memorial',
    nameOriginal: 'Мемориал',
    nameEn: 'Memorial',
    siteUrl: null,
    undesirable: false,
    foreignAgent: true,
    foreignAgentLabel: 'Label',
  },
  originalTitle: 'Заголовок',
  originalUrl: 'https://example.org/a',
  archiveUrl: null,
  originalDate: '2021-12-28',
  originalDatePrecision: 'day',
  authors: [],
  licence: 'CC-BY-4.0',
  licenceEvidence: '',
};

describe('publication content', () => {
  it('takes the title unit as the title and keeps the original beside each block', () => {
    const built = publishedBlocks([
      { kind: 'title', level: null, source: 'Ликвидация', target: ' Liquidation ' },
      { kind: 'paragraph', level: null, source: 'Суд решил.', target: 'The court decided.' },
      { kind: 'heading', level: 2, source: 'Итог', target: 'Outcome' },
    ]);
    expect(built.title).toBe('Liquidation');
    expect(built.originalTitle).toBe('Ликвидация');
    expect(built.blocks).toEqual([
      { kind: 'paragraph', level: null, text: 'The court decided.', original: 'Суд решил.' },
      { kind: 'heading', level: 2, text: 'Outcome', original: 'Итог' },
    ]);
  });

  it('summarises paragraphs as plain text, cut at a word', () => {
    const blocks = [
      {
        kind: 'paragraph' as const,
        level: null,
        text: 'The [court](https://example.org) *decided* to close it.',
        original: '',
      },
      { kind: 'heading' as const, level: 2, text: 'Ignored heading', original: '' },
      { kind: 'paragraph' as const, level: null, text: 'Memorial appealed.', original: '' },
    ];
    expect(summaryOf(blocks)).toBe('The court decided to close it. Memorial appealed.');
    expect(summaryOf(blocks, 20)).toBe('The court decided…');
  });

  it('finds what attribution lacks before publishing', () => {
    expect(attributionProblems(attribution, 'Title')).toEqual([]);
    expect(
      attributionProblems(
        { ...attribution, originalUrl: null, originalDate: null, licence: 'unknown' },
        ' ',
      ),
    ).toEqual(['title', 'original-url', 'original-date', 'licence']);
    expect(attributionProblems({ ...attribution, licence: 'permission' }, 'T')).toEqual([
      'licence-evidence',
    ]);
  });
});
