/**
 * Which `next` / `returnTo` values may be followed after sign-in or a language switch.
 *
 * Only a same-origin path is followed. Browsers strip tabs and newlines from URLs and treat `\`
 * like `/`, so `/\tevil.example` or `/\evil.example` become `//evil.example`, another site; an
 * encoded form (`/%2F/evil.example`) may be decoded by a proxy on the way. So the value must be
 * printable ASCII (a browser sends non-ASCII paths percent-encoded; a raw one would also break
 * the Location header), and neither it nor any decoded form may hold a control character or a
 * backslash or start with `//`.
 */
export type LocalPathVerdict =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly reason: 'not-a-path' | 'unsafe-character' | 'other-origin' };

const PRINTABLE_ASCII = /^[\x21-\x7e]*$/;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f-\u009f\\]/;
/** Deeper than any honest link needs; each layer is one more decoder an attacker could target. */
const MAX_DECODING_LAYERS = 3;
export const MAX_LOCAL_PATH_LENGTH = 2048;

export function judgeLocalPath(value: unknown): LocalPathVerdict {
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > MAX_LOCAL_PATH_LENGTH) {
    return { ok: false, reason: 'not-a-path' };
  }
  if (!PRINTABLE_ASCII.test(value)) return { ok: false, reason: 'unsafe-character' };
  let form = value;
  for (let layer = 0; layer <= MAX_DECODING_LAYERS; layer++) {
    if (CONTROL_OR_BACKSLASH.test(form)) return { ok: false, reason: 'unsafe-character' };
    if (form.startsWith('//')) return { ok: false, reason: 'other-origin' };
    let decoded: string;
    try {
      decoded = decodeURIComponent(form);
    } catch {
      return { ok: false, reason: 'unsafe-character' };
    }
    if (decoded === form) return { ok: true, path: value };
    form = decoded;
  }
  return { ok: false, reason: 'unsafe-character' };
}

/** The path to follow, or `fallback` when `value` is absent or refused. */
export function localPathOr(value: unknown, fallback: string): string {
  const verdict = judgeLocalPath(value);
  return verdict.ok ? verdict.path : fallback;
}
