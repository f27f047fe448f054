import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/common/project-paths.js';

const src = join(projectRoot, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Relative imports of a file, type-only ones and re-exports included, as .ts paths. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name).replace(/\.js$/, '.ts'))
    .filter((path) => existsSync(path));
}

/** Strongly connected groups of more than one file (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1) found.push(group.map((f) => relative(src, f)).sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('the import graph of src/', () => {
  const files = sourceFiles(src);

  it('has no cycle between files, not even through type-only imports (which import-x/no-cycle skips)', () => {
    const graph = new Map(files.map((f) => [f, importsOf(f)]));
    expect(cycles(graph)).toEqual([]);
  });

  it('puts every folder with code in exactly one layer of feature-order.js, so none escapes the lint rule', async () => {
    const module = (await import(pathToFileURL(join(projectRoot, 'feature-order.js')).href)) as {
      FEATURE_ORDER: string[][];
    };
    const listed = module.FEATURE_ORDER.flat();
    const folderOf = (file: string) => {
      const parts = relative(src, file).split('/');
      if (parts.length === 1) return null; // composition root: app.module.ts, main.ts, cli.ts
      return parts[0] === 'web' && parts.length > 2 ? `web/${parts[1]}` : parts[0]!;
    };
    const folders = [...new Set(files.map(folderOf).filter((f): f is string => f !== null))];
    expect([...new Set(listed)].length).toBe(listed.length);
    expect(folders.sort()).toEqual([...listed].sort());
  });
});
