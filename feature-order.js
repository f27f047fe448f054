/**
 * The declared order of src/ folders, lowest layer first. A folder may import its own layer and
 * lower ones, never a higher one; eslint.config.js turns this list into `no-restricted-imports`
 * patterns, and `import-x/no-cycle` keeps the files acyclic inside a layer. Keep
 * docs/architecture.md's "Direction of imports" in step with it.
 *
 * A layer may hold several folders that import each other; none does today.
 */
export const FEATURE_ORDER = [
  // Cross-cutting code.
  ['config'],
  ['common'],
  ['database'],
  ['i18n'],
  // Features.
  ['audit'],
  ['users'],
  ['auth'],
  ['pages'],
  ['memory'],
  ['glossary'],
  ['qa'],
  ['segments'],
  ['sources'],
  ['timeline'],
  ['translations'],
  ['review'],
  ['publications'],
  // Explainers register a publishing contribution, so notes sits above publications.
  ['notes'],
  ['comments'],
  ['notifications'],
  ['stats'],
  ['search'],
  ['exchange'],
  ['demo'],
  // Adapters, over the features.
  ['web'],
  ['api'],
  ['web/reader'],
  ['web/workspace'],
  ['cli'],
];
