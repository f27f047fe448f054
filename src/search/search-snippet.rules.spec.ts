import { describe, expect, it } from 'vitest';
import {
  SNIPPET_END,
  SNIPPET_START,
  snippetHtml,
  withTrailingPunctuation,
} from './search-snippet.rules.js';

const mark = (text: string) => `${SNIPPET_START}${text}${SNIPPET_END}`;

describe('snippetHtml', () => {
  it('turns marker pairs into <mark>', () => {
    expect(snippetHtml(`…суд ${mark('Мемориал')} и ${mark('ОВД')}-Инфо…`)).toBe(
      '…суд <mark>Мемориал</mark> и <mark>ОВД</mark>-Инфо…',
    );
  });

  it('escapes the text, so markup in a text is shown, never run', () => {
    expect(snippetHtml(`<script>alert("x")</script> & ${mark("O'Brien")} <mark>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>O&#39;Brien</mark> &lt;mark&gt;',
    );
  });

  it('drops stray and nested markers and other control characters', () => {
    expect(snippetHtml(`a${SNIPPET_START}b`)).toBe('ab');
    expect(snippetHtml(`a${SNIPPET_END}b`)).toBe('ab');
    expect(snippetHtml(`${SNIPPET_START}a${SNIPPET_START}b${SNIPPET_END}c${SNIPPET_END}`)).toBe(
      'a<mark>b</mark>c',
    );
    expect(snippetHtml(`${mark('')}x\u0000y`)).toBe('xy');
  });

  it('leaves the output free of unbalanced tags whatever the input', () => {
    const pieces = [SNIPPET_START, SNIPPET_END, '<', '>', '&', 'a', ' '];
    for (let n = 0; n < 500; n++) {
      let input = '';
      for (let i = 0; i < 8; i++) input += pieces[(n * 7 + i * 13 + ((n >> i) & 3)) % 7];
      const html = snippetHtml(input);
      expect(html.replace(/<\/?mark>/g, ''), input).not.toMatch(/[<>\p{Cc}]/u);
      expect(html.split('<mark>').length, input).toBe(html.split('</mark>').length);
    }
  });
});

describe('withTrailingPunctuation', () => {
  const text = 'Перед зданием стояла елка, а рядом — «кавычки». Потом другое.';
  it('gives a fragment back the closing quote and full stop that follow its last word', () => {
    expect(withTrailingPunctuation(`стояла ${mark('елка')}, а рядом — «кавычки`, text)).toBe(
      `стояла ${mark('елка')}, а рядом — «кавычки».`,
    );
  });
  it('adds nothing before a space or a word, or when the fragment is not in the text', () => {
    expect(withTrailingPunctuation(`Перед ${mark('зданием')}`, text)).toBe(
      `Перед ${mark('зданием')}`,
    );
    expect(withTrailingPunctuation('Потом другое.', text)).toBe('Потом другое.');
    expect(withTrailingPunctuation('не отсюда', text)).toBe('не отсюда');
    expect(withTrailingPunctuation('', text)).toBe('');
  });
});
