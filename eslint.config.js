import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const CONTEXTS = ['background', 'content', 'card', 'popup', 'options'];

/** Import patterns that reach the context folders (all but `own`) and the `extra` folders, from src/<folder>/. */
function contexts(extra, own) {
  const folders = [...CONTEXTS.filter((c) => c !== own), ...extra];
  return [
    {
      group: folders.flatMap((f) => [`../${f}`, `../${f}/*`, `../../${f}`, `../../${f}/*`]),
      message: 'Boundary: see eslint.config.js.',
    },
  ];
}

// Zones: src/core is pure (no DOM, no extension APIs), so Node can test it; only browser
// contexts may touch `browser`. innerHTML and eval-like calls are banned everywhere.
export default tseslint.config(
  { ignores: ['dist/**', 'dist-marks/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build nodes or use Preact; never innerHTML.' },
        { property: 'outerHTML', message: 'Build nodes or use Preact; never outerHTML.' },
        { property: 'insertAdjacentHTML', message: 'Build nodes or use Preact.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never inject HTML.' },
      ],
    },
  },
  // Boundaries: one block per folder. A browser context (background, content, card, popup, options)
  // imports the shared folders (core, storage, ui, i18n, glossary) and never another context's folder;
  // core imports nothing with a DOM, storage or UI. Patterns are relative to the importing file.
  {
    files: ['src/core/**'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['webextension-polyfill', 'preact', 'preact/hooks', '@floating-ui/dom'],
          patterns: contexts(['storage', 'ui', 'i18n', 'glossary']),
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator', 'location'],
    },
  },
  ...['background', 'content', 'card', 'popup', 'options'].map((context) => ({
    files: [`src/${context}/**`],
    rules: { 'no-restricted-imports': ['error', { patterns: contexts([], context) }] },
  })),
  {
    files: ['src/storage/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['preact', 'preact/hooks'], patterns: contexts(['ui', 'i18n']) }],
    },
  },
  {
    files: ['src/ui/**', 'src/glossary/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['webextension-polyfill'], patterns: contexts(['storage']) }],
    },
  },
  {
    files: ['scripts/**', 'tests/**', 'bench/**', '*.config.*'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
