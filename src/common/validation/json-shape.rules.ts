/**
 * Bounds on a JSON body, checked on the raw text before `JSON.parse`: a 100,000-deep array
 * overflows the stack of every recursive walker after the parser (validation, class-transformer),
 * and a 100,000-key object costs seconds in validation. No honest request of ours comes close.
 */
export const MAX_JSON_DEPTH = 32;
export const MAX_JSON_KEYS = 10_000;

export type JsonShapeVerdict =
  { readonly ok: true } | { readonly ok: false; readonly problem: 'too-deep' | 'too-many-keys' };

/** One linear pass; strings (and escapes within them) are skipped, so `"[["` counts nothing. */
export function judgeJsonShape(
  text: string,
  limits: { maxDepth: number; maxKeys: number } = {
    maxDepth: MAX_JSON_DEPTH,
    maxKeys: MAX_JSON_KEYS,
  },
): JsonShapeVerdict {
  let depth = 0;
  let keys = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limits.maxDepth) return { ok: false, problem: 'too-deep' };
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x3a && ++keys > limits.maxKeys) return { ok: false, problem: 'too-many-keys' };
  }
  return { ok: true };
}
