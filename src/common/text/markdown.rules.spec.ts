import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.rules.js';

describe('renderMarkdown', () => {
  it('renders paragraphs, emphasis and links with noreferrer', () => {
    const html = renderMarkdown('**Memorial** was closed.\n\n[Read](https://example.org/a)');
    expect(html).toContain('<strong>Memorial</strong>');
    expect(html).toContain('<a href="https://example.org/a" rel="noopener noreferrer">Read</a>');
  });

  it('never lets markup or script links through', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>',
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;');
  });
});
