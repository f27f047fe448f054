/**
 * How deeply an HTML text nests elements, measured by one linear scan before any parser runs:
 * 60,000 nested `<ul><li>` used to stall the parser and sanitiser for seconds. Elements whose
 * end tag is optional (`<p>`, `<li>`, `<td>` …) and void elements are not counted, so honest
 * HTML that leaves them open is not mistaken for deep nesting; the lists and blocks around
 * them still are.
 */
export const MAX_HTML_DEPTH = 256;

const NOT_COUNTED = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rtc',
  'rp',
  'html',
  'head',
  'body',
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;

/** True when some point of `html` is nested deeper than `max` counted elements. */
export function nestsDeeperThan(html: string, max = MAX_HTML_DEPTH): boolean {
  let depth = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const name = match[2]!.toLowerCase();
    if (NOT_COUNTED.has(name) || match[3] === '/') continue;
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max) return true;
  }
  return false;
}
