import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../config/app-config.js';

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return typeof value === 'string' && (INTERFACE_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Interface language: `?lang=` first (links and the switcher), then the cookie the switcher
 * set, then the browser's Accept-Language by quality, then English.
 */
export function negotiateLanguage(input: {
  query?: unknown;
  cookie?: unknown;
  acceptLanguage?: string | undefined;
}): InterfaceLanguage {
  if (isInterfaceLanguage(input.query)) return input.query;
  if (isInterfaceLanguage(input.cookie)) return input.cookie;
  for (const tag of parseAcceptLanguage(input.acceptLanguage ?? '')) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isInterfaceLanguage(primary)) return primary;
  }
  return 'en';
}

function parseAcceptLanguage(header: string): string[] {
  return header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), quality: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => entry.tag);
}
