import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
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
  {
    // Direction: adapters → features → cross-cutting. A feature never imports an adapter.
    files: ['src/**/*.ts'],
    ignores: [
      'src/web/**',
      'src/api/**',
      'src/cli/**',
      'src/app.module.ts',
      'src/app.setup.ts',
      'src/main.ts',
      'src/cli.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/web/**', '**/api/**', '**/cli/**'],
              message: 'Features never import adapters.',
            },
          ],
        },
      ],
    },
  },
  {
    // Pure rule files: no framework, no database.
    files: ['src/**/*.rules.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@nestjs/*',
                'typeorm',
                'fastify',
                '**/*.service.js',
                '**/*.entity.js',
                '**/*.module.js',
              ],
              message: 'Rule files are pure.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main.ts', 'src/cli.ts', 'bench/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
