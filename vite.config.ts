import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { inkStories, storyCompiler } from './tools/ink/ink-stories-plugin.ts';
import { devCsp } from './tools/ink/dev-csp-plugin.ts';
import { prerenderTitle } from './tools/page/prerender-title-plugin.ts';

const storiesDir = fileURLToPath(new URL('./stories', import.meta.url));
// One compiler for the build, so each story compiles once for the catalogue, its chunk and the prerendered title.
const compile = storyCompiler();

export default defineConfig({
  plugins: [
    inkStories(storiesDir, compile),
    devCsp(),
    prerenderTitle(storiesDir, fileURLToPath(new URL('./index.html', import.meta.url)), compile),
  ],
  build: {
    target: 'es2022',
    // Phaser is large and arrives in its own chunk after the first text.
    chunkSizeWarningLimit: 1600,
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/story/**/*.test.ts'], environment: 'node' },
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
          fileParallelism: false,
        },
      },
    ],
  },
});
