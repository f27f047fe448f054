/**
 * Handles are compared by a confusable skeleton in the spirit of Unicode TR39: two handles
 * that look alike on screen ("demo-editor" with a Cyrillic «е», "dem0-editor") get the same
 * key, so the second is refused as taken and cannot impersonate the first. The table covers
 * the lookalikes of the scripts handles are written in here (Latin, Cyrillic, Greek) and the
 * digits; it is not the full confusables.txt.
 */
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  һ: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  с: 'c',
  ѕ: 's',
  т: 't',
  у: 'y',
  х: 'x',
  ԝ: 'w',
  ь: 'b',
  ӏ: 'l',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ϲ: 'c',
  // Digits and Latin lookalikes
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '5': 's',
  i: 'l',
  ı: 'l',
  ɑ: 'a',
  // Punctuation allowed in handles reads alike
  _: '-',
  '.': '-',
};

const SEQUENCES: readonly [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/-+/g, '-'],
];

export function handleSkeleton(handle: string): string {
  const folded = handle.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  let skeleton = '';
  for (const char of folded) skeleton += LOOKALIKES[char] ?? char;
  for (const [pattern, replacement] of SEQUENCES) skeleton = skeleton.replace(pattern, replacement);
  return skeleton;
}

const SCRIPTS: readonly [string, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
];

/** Letters from more than one script in one handle are how lookalikes are made. */
export function isMixedScript(handle: string): boolean {
  const seen = new Set<string>();
  for (const char of handle) {
    if (!/\p{L}/u.test(char)) continue;
    seen.add(SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'other');
  }
  return seen.size > 1;
}
