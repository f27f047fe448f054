import { describe, expect, it } from 'vitest';
import { HANDLE_PATTERN } from '../users/user.dto.js';
import { MAX_MENTIONS, mentionCandidates } from './mentions.rules.js';

const isHandle = (text: string) => HANDLE_PATTERN.test(text);
const mentions = (body: string) => mentionCandidates(body, isHandle);

describe('mentionCandidates', () => {
  it('finds @handles in order, Cyrillic ones included', () => {
    expect(mentions('@lipa, посмотри; и @ласточка тоже')).toEqual([['lipa'], ['ласточка']]);
  });

  it('tries a handle with its trailing punctuation first, then without', () => {
    expect(mentions('Спасибо, @lipa.')).toEqual([['lipa.', 'lipa']]);
    expect(mentions('(@skvorets_)')).toEqual([['skvorets_', 'skvorets']]);
  });

  it('ignores an @ inside a word, such as an e-mail address', () => {
    expect(mentions('write to press@memo.ru or a@@lipa')).toEqual([]);
  });

  it('keeps tokens that cannot be handles as plain text', () => {
    expect(mentions('@ab is too short, @ alone names nobody')).toEqual([]);
    expect(mentions(`@${'x'.repeat(40)}`)).toEqual([]);
  });

  it('names a person once however often and in whatever case they are mentioned', () => {
    expect(mentions('@Lipa @lipa @LIPA')).toEqual([['Lipa']]);
  });

  it('stops at the limit', () => {
    const body = Array.from({ length: MAX_MENTIONS + 5 }, (_, i) => `@user${i}`).join(' ');
    const found = mentions(body);
    expect(found).toHaveLength(MAX_MENTIONS);
    expect(found.at(-1)).toEqual([`user${MAX_MENTIONS - 1}`]);
  });
});
