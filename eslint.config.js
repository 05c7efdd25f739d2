// Lint, including the layer rules: each library is imported by one module
// (or one folder) only, and src/model and src/machines stay pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const LIBRARIES = {
  phaser: ['src/scenes/**/*.ts'],
  howler: ['src/audio/howler-audio.ts'],
  inkjs: ['src/story/story-runner.ts', 'src/build/**/*.ts'],
  xstate: ['src/machines/**/*.ts', 'src/main.ts'],
  'pdf-lib': ['src/export/pdf-writer.ts'],
};
// Packages that belong with a library and follow its rule.
const PACKAGES = { 'pdf-lib': ['pdf-lib', '@pdf-lib/fontkit'] };
const VIEWS_AND_PORTS = ['**/ui/*', '**/scenes/*', '**/audio/*', '**/story/story-runner', '**/build/*', '**/export/*', '**/persistence/*'];
const DOM_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'fetch', 'HTMLElement', 'requestAnimationFrame'];

function forbid(libraries, extra = []) {
  const patterns = libraries.flatMap((name) => (PACKAGES[name] ?? [name]).map((pkg) => ({
    group: [pkg, `${pkg}/*`],
    message: `Only ${LIBRARIES[name].join(', ')} may import ${pkg}.`,
  })));
  return ['error', { patterns: [...patterns, ...extra] }];
}

const all = Object.keys(LIBRARIES);
const except = (name) => all.filter((n) => n !== name);

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
  { files: ['src/**/*.ts'], rules: { 'no-restricted-imports': forbid(all) } },
  ...Object.entries(LIBRARIES).map(([name, files]) => ({ files, rules: { 'no-restricted-imports': forbid(except(name)) } })),
  {
    files: ['src/machines/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(except('xstate'), [{ group: VIEWS_AND_PORTS, message: 'src/machines must not import views, ports or build code.' }]),
    },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(all, [{ group: ['**/ui/*', '**/scenes/*', '**/audio/*', '**/story/*', '**/machines/*', '**/build/*', '**/persistence/*', '**/export/*'], message: 'src/model imports nothing outside itself.' }]),
    },
  },
  {
    files: ['src/model/**/*.ts', 'src/machines/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'src/model and src/machines must not touch the page.' }))],
    },
  },
);
