import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { FEATURE_ORDER } from './feature-order.js';

// Rule files are pure: no framework, no database.
const PURE = {
  group: ['@nestjs/*', 'typeorm', 'fastify', '**/*.service.js', '**/*.entity.js', '**/*.module.js'],
  message: 'Rule files are pure.',
};

/** `web` alone is the shared adapter code in src/web/*.ts; its subfolders are layers of their own. */
const filesOf = (folder) => (folder === 'web' ? ['src/web/*.ts'] : [`src/${folder}/**/*.ts`]);
// An import names a folder by its last path segment (`../review/x.js`, `./reader/x.js`).
const importGlob = (folder) => `**/${folder.split('/').at(-1)}/**`;

/**
 * One `no-restricted-imports` block per folder (and one per folder's rule files, since a later
 * block's options replace an earlier one's): every folder of a higher layer is forbidden.
 */
function featureOrderBlocks() {
  const blocks = [];
  FEATURE_ORDER.forEach((layer, index) => {
    const higher = FEATURE_ORDER.slice(index + 1).flat();
    for (const folder of layer) {
      const above = () =>
        higher.length === 0
          ? []
          : [
              {
                group: higher.map(importGlob),
                message: `${folder} is below these folders in feature-order.js; turn the dependency around (a domain event, a read model, or move the code down).`,
              },
            ];
      const restrict = (files, patterns) => ({
        files,
        rules: { 'no-restricted-imports': ['error', { patterns }] },
      });
      blocks.push(restrict(filesOf(folder), above()));
      blocks.push(
        restrict(
          filesOf(folder).map((g) => g.replace(/\*\.ts$/, '*.rules.ts')),
          [...above(), PURE],
        ),
      );
    }
  });
  return blocks.filter((block) => block.rules['no-restricted-imports'][1].patterns.length > 0);
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      // import-x reads only files of these extensions when it follows imports (no-cycle).
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // ESM imports name the compiled `.js`; resolve them to the `.ts` beside them.
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.js', '.json', '.node'],
          extensionAlias: { '.js': ['.ts', '.js'] },
        }),
      ],
    },
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        Response: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'error',
    },
  },
  ...featureOrderBlocks(),
  {
    files: ['src/**/*.ts'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/main.ts', 'src/cli.ts', 'bench/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
