// Lint. The layers (who may import what) are checked by dependency-cruiser
// (.dependency-cruiser.cjs, run by `npm run lint` after ESLint), which sees
// resolved paths, dynamic import() and type-only imports. ESLint keeps what
// is not an import out of the rules: the page's and Node's globals.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The rules and machines run in Node, a worker and a room server too: they
// reach the host only through ports passed in. globalThis, self and window
// are listed because `globalThis.document` is the page all the same.
const HOST_GLOBALS = [
  'window',
  'self',
  'globalThis',
  'global',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'navigator',
  'location',
  'fetch',
  'HTMLElement',
  'requestAnimationFrame',
  'process',
  'Buffer',
];

const MODULE_STATE =
  "No state at module level outside src/main.ts: keep it in an object or closure that main.ts (or the tool's entry) creates and passes in.";

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Typed rules: a promise nobody awaits loses its error (an unhandled
    // rejection, a test that passes before its assertion runs), and a promise
    // handed to something that expects void is never awaited. Each file is
    // typechecked by the tsconfig.json nearest to it (src, tools, test).
    files: ['src/**/*.ts', 'tools/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // State that lives as long as the page is made and owned in main.ts (the
    // composition root) and handed to what needs it, so every part can be made
    // twice (two games, a test, a worker, a server's rooms) without sharing
    // counters or caches by accident. A tool's state belongs to its entry.
    files: ['src/**/*.ts', 'tools/**/*.ts'],
    ignores: ['src/main.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Program > VariableDeclaration', 'Program > ExportNamedDeclaration > VariableDeclaration'].flatMap((at) => [
          {
            selector: `${at}[kind!="const"]`,
            message: MODULE_STATE,
          },
          {
            selector: `${at} > VariableDeclarator > NewExpression.init[callee.name=/^(Map|Set|WeakMap|WeakSet|Array)$/]`,
            message: MODULE_STATE,
          },
        ]),
        { selector: 'PropertyDefinition[static=true][readonly!=true]', message: MODULE_STATE },
      ],
    },
  },
  {
    files: ['src/model/**/*.ts', 'src/machines/**/*.ts', 'src/content/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...HOST_GLOBALS.map((name) => ({
          name,
          message: 'src/model, src/machines and src/content run in any host: take the page, storage or Node through a port passed in.',
        })),
      ],
    },
  },
);
