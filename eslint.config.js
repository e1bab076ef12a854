import tseslint from 'typescript-eslint';

// The layering of ../shared/design.md, enforced: imports point down only.
const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});
// What no layer below the adapters may import: the UI stack and the Microsoft SDKs.
const uiAndSdks = ['react', 'react-*', '@fluentui/*', '@microsoft/*', '@azure/*'];
// The adapters themselves, which only the composition root and the UI sit above.
const adapters = ['**/auth/**', '**/graph/**', '**/storage/**', '**/render/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.emulator-data/**', '.test-data/**', 'manifest/build/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: forbid(
      [
        ...uiAndSdks,
        'docx',
        'dompurify',
        'idb-keyval',
        'lexical',
        '@lexical/*',
        'node:*',
        'fs',
        'path',
        '**/app/**',
        '**/ui/**',
        '**/hosts/**',
        ...adapters,
        '**/contracts/**',
      ],
      'src/domain is the pure core: no React, SDKs or I/O, and nothing from the layers above it.',
    ),
  },
  {
    files: ['src/render/**'],
    rules: forbid(
      [
        'react',
        'react-*',
        '@fluentui/*',
        '**/app/**',
        '**/ui/**',
        '**/hosts/**',
        '**/auth/**',
        '**/graph/**',
        '**/storage/**',
        '**/contracts/**',
      ],
      'src/render is pure: domain in, document out.',
    ),
  },
  {
    files: ['src/graph/**', 'src/auth/**', 'src/storage/**', 'src/hosts/**'],
    rules: forbid(
      ['react', 'react-*', '@fluentui/*', '**/app/**', '**/ui/**', '**/contracts/**'],
      'Adapters do not know the UI or the composition root.',
    ),
  },
  {
    files: ['src/contracts/**'],
    rules: forbid(
      [...uiAndSdks, '**/app/**', '**/ui/**', '**/hosts/teams*', '**/hosts/outlook*', '**/hosts/browser*', ...adapters],
      'src/contracts are the types between src/app and src/ui: the domain and host types only, no React, no adapter.',
    ),
  },
  {
    files: ['src/ui/**'],
    rules: forbid(
      [
        '**/app/**',
        '**/hosts/teams*',
        '**/hosts/outlook*',
        '**/hosts/browser*',
        '**/auth/*Provider*',
        '**/graph/client*',
        '**/graph/*Gateway',
        '**/storage/idb*',
        '@microsoft/teams-js',
        '@azure/*',
        '@microsoft/microsoft-graph-client',
      ],
      'src/ui renders state and calls actions: it imports the domain and interfaces, never a concrete adapter.',
    ),
  },
  {
    // A component or hook that fits on a screen: past ~80 lines it is split into a useX hook, a render and X.styles.ts
    // (Fluent v9's anatomy). Blank lines and comments do not count.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
);
