// The room server's build: src/server/main.ts bundled for Node into
// dist-server/, with the stories compiled by the same ink plugin the game's
// build uses. Packages stay in node_modules (Vite leaves dependencies
// external in a server build), so node runs the bundle on Node 20 with no
// TypeScript at run time.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { inkStories } from './tools/ink/ink-stories-plugin.ts';

const storiesDir = fileURLToPath(new URL('./stories', import.meta.url));

export default defineConfig({
  plugins: [inkStories(storiesDir)],
  // The game's public files are the game build's; the server reads them from dist/.
  publicDir: false,
  build: {
    ssr: 'src/server/main.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
  },
  logLevel: 'warn',
});
