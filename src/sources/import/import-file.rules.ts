import { inlineToPlainText, parseBlocks, serializeBlocks } from '../source-blocks.rules.js';
import { ImportError } from './import-error.rules.js';
import { hasTooManyBlocks, MAX_IMPORT_BLOCKS } from './block-count.rules.js';
import { MAX_HTML_DEPTH, nestsDeeperThan } from './html-depth.rules.js';
import { htmlTitle, htmlToBody } from './html-import.rules.js';
import { markdownToBody } from './markdown-import.rules.js';
import { plainTextToBody } from './text-import.rules.js';

export type ImportFormat = 'markdown' | 'html' | 'text';

const BY_EXTENSION: Record<string, ImportFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  txt: 'text',
};

const BY_MEDIA_TYPE: Record<string, ImportFormat> = {
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
};

/**
 * The format of an uploaded file. `declared` is what the uploader said: a format name chosen
 * in the form wins over the file name; a media type (browsers derive it from the extension
 * anyway) is used only when the extension says nothing. Anything unknown is plain text,
 * which can show every character and mis-read none as markup.
 */
export function detectFormat(filename: string, declared?: string): ImportFormat {
  const stated = declared?.trim().toLowerCase() ?? '';
  if (stated === 'markdown' || stated === 'html' || stated === 'text') return stated;
  const dot = filename.lastIndexOf('.');
  const extension =
    dot >= 0
      ? filename
          .slice(dot + 1)
          .trim()
          .toLowerCase()
      : '';
  const mediaType = stated.split(';')[0]!.trim();
  return BY_EXTENSION[extension] ?? BY_MEDIA_TYPE[mediaType] ?? 'text';
}

/** The bytes of an uploaded file as text, refused when too big, not UTF-8 or binary. */
export function decodeUtf8(bytes: Uint8Array, maxBytes: number): string {
  if (bytes.byteLength > maxBytes)
    throw new ImportError('sources:import-too-large', { max: maxBytes });
  let text: string;
  try {
    // The decoder drops a leading byte order mark itself (ignoreBOM is false).
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('sources:import-not-utf8');
  }
  // NUL is valid UTF-8 but no text file has it: this is a binary or a UTF-16 file.
  if (text.includes('\u0000')) throw new ImportError('sources:import-not-text');
  return text;
}

function toBody(text: string, format: ImportFormat): string {
  // Markdown may embed HTML, which goes through the same parser.
  if (format !== 'text' && nestsDeeperThan(text))
    throw new ImportError('sources:import-too-deep', { max: MAX_HTML_DEPTH });
  if (format !== 'text' && hasTooManyBlocks(text, format))
    throw new ImportError('sources:import-too-many-blocks', { max: MAX_IMPORT_BLOCKS });
  if (format === 'html') return htmlToBody(text);
  if (format === 'markdown') return markdownToBody(text);
  return plainTextToBody(text);
}

/**
 * An uploaded file as the title and body of a source text. A heading that opens the
 * document is its title and leaves the body; otherwise an HTML page's <title> is used.
 */
export function importBody(
  bytes: Uint8Array,
  filename: string,
  maxBytes: number,
): { format: ImportFormat; body: string; title: string | null } {
  const text = decodeUtf8(bytes, maxBytes);
  const format = detectFormat(filename);
  const blocks = parseBlocks(toBody(text, format));
  let title: string | null = null;
  if (blocks[0]?.kind === 'heading') {
    title = inlineToPlainText(blocks.shift()!.text) || null;
  } else if (format === 'html') {
    title = htmlTitle(text);
  }
  const body = serializeBlocks(blocks);
  if (body === '') throw new ImportError('sources:import-empty');
  return { format, body, title };
}
