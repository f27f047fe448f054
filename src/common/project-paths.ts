import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root, found from this file whether it runs from `src/` (tests) or from
 * `dist/src/` (the built app), so views, locales and migrations resolve the same way.
 */
function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + start);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findRoot(dirname(fileURLToPath(import.meta.url)));
export const viewsDirectory = join(projectRoot, 'views');
export const localesDirectory = join(projectRoot, 'locales');
export const publicDirectory = join(projectRoot, 'public');
