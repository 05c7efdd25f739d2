// Serves the built game on a free localhost port for the browser tests.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { INSTALL_HINT, findChromium } from './find-chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
    /** Names this run, so work shared by its files (the LMS packages) is done once. */
    runId: string;
  }
}

export default async function setup(project: TestProject) {
  const chromePath = findChromium();
  if (!chromePath) {
    console.error(INSTALL_HINT);
    throw new Error(INSTALL_HINT);
  }
  // npm test builds first; any other run builds again when a source is newer than dist/.
  execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/ensure-build.mjs', import.meta.url))], { stdio: 'inherit' });
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server did not report a port.');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  project.provide('chromePath', chromePath);
  project.provide('runId', `${process.pid}-${Date.now()}`);
  return async () => {
    await server.close();
  };
}
