import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATE_PRECISIONS } from '../src/common/partial-date.rules.js';
import { localesDirectory, projectRoot, viewsDirectory } from '../src/common/project-paths.js';
import { LICENCES, SOURCE_KINDS } from '../src/sources/source-vocabulary.js';
import { TRANSLATION_STATE_FILTERS } from '../src/translations/translation-queries.service.js';
import { EDITOR_SCRIPT_STRINGS } from '../src/web/workspace/translation-editor.view-model.js';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

function load(language: string): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const file of readdirSync(join(localesDirectory, language))) {
    const ns = file.replace(/\.json$/, '');
    const tree = JSON.parse(readFileSync(join(localesDirectory, language, file), 'utf8')) as Tree;
    for (const [key, value] of Object.entries(flatten(tree))) keys[`${ns}:${key}`] = value;
  }
  return keys;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const en = load('en');
const ru = load('ru');

/** Base keys (plural suffix removed) with the plural forms present for each. */
function baseKeys(keys: Record<string, string>): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const key of Object.keys(keys)) {
    const match = PLURAL.exec(key);
    const base = match ? key.slice(0, -match[0].length) : key;
    const forms = map.get(base) ?? new Set<string>();
    if (match) forms.add(match[1]!);
    map.set(base, forms);
  }
  return map;
}

function files(dir: string, ending: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ending) : ending.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  it('English and Russian have the same keys (plural forms aside)', () => {
    expect([...baseKeys(ru).keys()].sort()).toEqual([...baseKeys(en).keys()].sort());
  });

  it('every plural key has the forms that Intl.PluralRules needs in its language', () => {
    for (const [language, keys] of [
      ['en', en],
      ['ru', ru],
    ] as const) {
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const [base, forms] of baseKeys(keys)) {
        if (forms.size === 0) continue;
        for (const category of needed) {
          expect(forms.has(category), `${language} ${base} lacks _${category}`).toBe(true);
        }
      }
    }
  });

  it('no translation is empty and interpolations match between languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    for (const [base] of baseKeys(en)) {
      const enValue = en[base] ?? en[`${base}_other`] ?? '';
      const ruValue = ru[base] ?? ru[`${base}_other`] ?? '';
      expect(enValue.trim(), `en ${base}`).not.toBe('');
      expect(ruValue.trim(), `ru ${base}`).not.toBe('');
      expect(new Set(vars(ruValue)), base).toEqual(new Set(vars(enValue)));
    }
  });

  it('every key used in a template or in the code exists', () => {
    const namespaces = readdirSync(join(localesDirectory, 'en')).map((f) =>
      f.replace(/\.json$/, ''),
    );
    const literal = new RegExp(`['"\`]((?:${namespaces.join('|')}):[\\w.-]+)['"\`]`, 'g');
    const sources = [
      ...files(viewsDirectory, /\.eta$/),
      ...files(join(projectRoot, 'src'), /(?<!\.spec)\.ts$/),
    ];
    const missing: string[] = [];
    let used = 0;
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(literal)) {
        const key = match[1]!;
        // A key ending in '.' or '-' is a prefix completed at run time (checked below).
        if (key.endsWith('.') || key.endsWith('-')) continue;
        used += 1;
        if (!baseKeys(en).has(key)) missing.push(`${relative(projectRoot, file)}: ${key}`);
      }
    }
    expect(used).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it('keys built at run time from a prefix exist for every value they take', () => {
    const has = (key: string) => baseKeys(en).has(key);
    for (const role of ['translator', 'reviewer', 'editor', 'admin'])
      expect(has(`common:role.${role}`)).toBe(true);
    for (const status of [400, 401, 403, 404, 409, 413, 429, 500])
      expect(has(`errors:title.${status}`)).toBe(true);
    for (const state of ['pending', 'used', 'expired', 'revoked'])
      expect(has(`admin:invitations.state.${state}`)).toBe(true);
    for (const mode of ['new', 'import', 'edit']) {
      expect(has(`sources:form.submit-${mode}`)).toBe(true);
      expect(has(`sources:form.title-${mode}`)).toBe(true);
    }
    for (const state of TRANSLATION_STATE_FILTERS)
      expect(has(`translations:filter.${state}`)).toBe(true);
    for (const kind of SOURCE_KINDS) expect(has(`sources:kind.${kind}`)).toBe(true);
    for (const licence of LICENCES) expect(has(`sources:licence.${licence}`)).toBe(true);
    for (const block of ['title', 'paragraph', 'heading', 'list-item', 'quote'])
      expect(has(`sources:block.${block}`)).toBe(true);
    for (const precision of DATE_PRECISIONS)
      expect(has(`sources:precision.${precision}`)).toBe(true);
  });

  it('the editor script takes every string from the locale files and hard-codes none', () => {
    const script = readFileSync(join(projectRoot, 'public/js/translate.js'), 'utf8');
    const used = new Set([...script.matchAll(/\btexts\.(\w+)/g)].map((m) => m[1]!));
    expect([...used].sort()).toEqual([...EDITOR_SCRIPT_STRINGS].sort());
    for (const key of EDITOR_SCRIPT_STRINGS) {
      expect(en[`translations:editor.script.${key}`]).toBeTruthy();
      expect(ru[`translations:editor.script.${key}`]).toBeTruthy();
    }
    // No sentence of either language may live in the script itself.
    for (const text of [...Object.values(en), ...Object.values(ru)].filter((v) => v.length > 3))
      expect(script.includes(`'${text}'`), text).toBe(false);
  });
});
