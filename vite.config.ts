import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { inkStories, storyCompiler } from './tools/ink/ink-stories-plugin.ts';
import { devCsp } from './tools/ink/dev-csp-plugin.ts';
import { scenarioCards } from './tools/ink/scenario-cards-plugin.ts';
import { COMPILE_CACHE_ENV } from './tools/ink/compile-cache.ts';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions, serviceWorkerWanted } from './tools/pwa/pwa-options.ts';
import { prerenderTitle } from './tools/page/prerender-title-plugin.ts';
import { inlineStartPlugin } from './tools/page/inline-start-plugin.ts';

const storiesDir = fileURLToPath(new URL('./stories', import.meta.url));
// One compiler for the build, so each story compiles once for the catalogue, its chunk and the prerendered title.
const compile = storyCompiler();

// The away-day pages (phone, console, projector) are a second build into the
// same dist/ (`vite build --mode away-day`, run by `npm run build` after the
// game's): no chunk is shared with the game, so the solo game's start-up files
// stay exactly what they were, and the phone loads none of the game.
const AWAY_DAY_PAGES = ['phone', 'console', 'projector'];

export default defineConfig(({ mode }) => ({
  plugins: [
    inkStories(storiesDir, compile),
    scenarioCards(storiesDir, compile),
    devCsp(),
    prerenderTitle(storiesDir, fileURLToPath(new URL('./index.html', import.meta.url)), compile),
    inlineStartPlugin(fileURLToPath(new URL('./index.html', import.meta.url))),
    // The service worker is the game's: the away-day pages' build adds none (and LMS builds have none).
    VitePWA(pwaOptions(serviceWorkerWanted() && mode !== 'away-day' && !mode.startsWith('lms'))),
  ],
  build: {
    target: 'es2022',
    // Phaser is large and arrives in its own chunk after the first text.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      input:
        mode === 'away-day'
          ? AWAY_DAY_PAGES.map((page) => fileURLToPath(new URL(`./${page}.html`, import.meta.url)))
          : // The game, and the small "For trainers" page (facilitator guides and role cards).
            {
              index: fileURLToPath(new URL('./index.html', import.meta.url)),
              trainers: fileURLToPath(new URL('./trainers.html', import.meta.url)),
            },
    },
    ...(mode === 'away-day' && { emptyOutDir: false }),
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    // One test file per core. Vitest's default keeps a core free (cores − 1),
    // which on a two-core machine runs every file one after another, the two
    // story shards included.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/story/**/*.test.ts', 'test/room/**/*.test.ts'],
          environment: 'node',
          // The files of a worker share its loaded modules (ESLint keeps module
          // state out of src and tools, and no test mocks or stubs a module):
          // loading them afresh for each of about 60 files cost 30 of the
          // project's 100 CPU-seconds outside the story walks (issue 19).
          isolate: false,
          // A dozen files compile the same stories: the first compiles each, the rest read it (tools/ink/compile-cache.ts).
          // The story walks make short-lived objects by the million: a larger young generation (V8's
          // default is 16 MB) collects them less often; the collector's share of a walk fell from 8 % to 4 %.
          execArgv: ['--max-semi-space-size=64'],
          env: { [COMPILE_CACHE_ENV]: fileURLToPath(new URL('./node_modules/.cache/ink-compile', import.meta.url)) },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 60_000,
          // Two files at a time: each has its own Chromium, its own contexts and
          // servers on free ports, and its own names under test-results/; the LMS
          // files share one packages build (test/browser/lms/lms-host.ts).
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
}));
