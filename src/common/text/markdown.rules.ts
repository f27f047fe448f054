import MarkdownIt from 'markdown-it';

// Raw HTML is off: anything that looks like a tag is printed as text, and markdown-it refuses
// javascript:, vbscript: and data: links itself.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));

// Links to other sites must not tell them where the reader came from.
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = String(tokens[idx]?.attrGet('href') ?? '');
  if (/^https?:\/\//i.test(href)) tokens[idx]?.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Markdown of editors' content (pages, long explainer texts) to safe HTML. */
export function renderMarkdown(text: string): string {
  return markdown.render(text);
}

/** One line of Markdown-lite inline text (links, emphasis) to safe HTML, without a paragraph. */
export function renderInlineMarkdown(text: string): string {
  return markdown.renderInline(text);
}
