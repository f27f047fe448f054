import { describe, expect, it } from 'vitest';
import { groupLists, renderArticleBlocks } from './article-html.rules.js';

const block = (
  text: string,
  kind: 'paragraph' | 'heading' | 'list-item' | 'quote' = 'paragraph',
  level: number | null = null,
) => ({
  kind,
  level,
  text,
  original: `Оригинал: ${text}`,
});

describe('renderArticleBlocks', () => {
  it('renders inline Markdown safely and never passes markup through', () => {
    const [rendered] = renderArticleBlocks(
      [block('A *court* and [Memorial](https://example.org) <script>alert(1)</script>')],
      [],
      [],
    );
    expect(rendered!.html).toBe(
      'A <em>court</em> and <a href="https://example.org" rel="noopener noreferrer">Memorial</a> &lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(rendered!.tag).toBe('p');
  });

  it('puts footnote markers after their spans as links with ids to return to', () => {
    const [rendered] = renderArticleBlocks(
      [block('Memorial was declared a foreign agent.')],
      [
        { number: 1, blockIndex: 0, start: 0, end: 8, noteHtml: 'Note' },
        { number: 2, blockIndex: 0, start: 24, end: 37, noteHtml: 'Other' },
      ],
      [],
    );
    expect(rendered!.html).toBe(
      'Memorial<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" aria-describedby="footnotes-heading">1</a></sup> was declared a foreign agent<sup class="footnote-ref"><a href="#fn-2" id="fnref-2" aria-describedby="footnotes-heading">2</a></sup>.',
    );
  });

  it('links the first occurrence of an explained term and keeps markers nested correctly', () => {
    const explainer = {
      explainerId: 7,
      slug: 'foreign-agent',
      title: 'Foreign agent',
      short: 'A status…',
      blockIndex: 0,
      start: 24,
      end: 37,
    };
    const [rendered, other] = renderArticleBlocks(
      [block('Memorial was declared a foreign agent.'), block('Again a foreign agent.')],
      [{ number: 1, blockIndex: 0, start: 24, end: 37, noteHtml: 'n' }],
      [explainer],
    );
    expect(rendered!.html).toBe(
      'Memorial was declared a <a class="explainer-term" href="#explainer-7">foreign agent</a><sup class="footnote-ref"><a href="#fn-1" id="fnref-1" aria-describedby="footnotes-heading">1</a></sup>.',
    );
    expect(rendered!.explainers).toEqual([explainer]);
    expect(other!.explainers).toEqual([]);
    expect(other!.html).toBe('Again a foreign agent.');
  });

  it('maps headings below the title and groups list items', () => {
    const rendered = renderArticleBlocks(
      [
        block('H', 'heading', 1),
        block('a', 'list-item'),
        block('b', 'list-item'),
        block('q', 'quote'),
        block('c', 'list-item'),
      ],
      [],
      [],
    );
    expect(rendered.map((b) => b.tag)).toEqual(['h2', 'li', 'li', 'blockquote', 'li']);
    expect(groupLists(rendered).map((g) => [g.list, g.blocks.length])).toEqual([
      [false, 1],
      [true, 2],
      [false, 1],
      [true, 1],
    ]);
    expect(rendered[0]!.originalHtml).toBe('Оригинал: H');
  });
});
