// The trainer's copy (npm run build:folder, which builds with a relative
// base): served from any folder of any static web server it starts, works
// offline from there, and opened straight from the folder (file://) it says
// plainly why it cannot start and what to do, rather than "Loading…" for ever.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { closeBrowser, heading, openGame, pressButton, screenshot } from './game-page.ts';
import type { GamePage } from './game-page.ts';
import { startStaticServer } from './static-server.ts';
import type { StaticServer } from './static-server.ts';
import { BUILD_BUDGET } from '../budgets.ts';

const site = mkdtempSync(join(tmpdir(), 'rules-at-play-folder-'));
const folder = join(site, 'training', 'rules-at-play');
const opened: GamePage[] = [];
let server: StaticServer;

beforeAll(async () => {
  // What `npm run build:folder` runs, into a folder two levels down a web server.
  await build({ logLevel: 'error', base: './', build: { outDir: folder, emptyOutDir: true } });
  server = await startStaticServer(site);
}, BUILD_BUDGET);
afterAll(async () => {
  for (const game of opened) await game.close();
  await closeBrowser();
  await server.close();
  rmSync(site, { recursive: true, force: true });
});

describe("the trainer's folder", () => {
  it('holds the instructions for opening it', () => {
    expect(existsSync(join(folder, 'HOW-TO-OPEN.txt'))).toBe(true);
  });

  it('runs from any folder of a plain static server, and keeps itself for offline use there', async () => {
    const game = await openGame({ serviceWorker: true, url: `${server.url}training/rules-at-play/` });
    opened.push(game);
    const { page, context } = game;
    expect(await heading(page)).toBe('Rules at Play');
    const scope = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active;
      if (worker && worker.state !== 'activated')
        await new Promise<void>((done) => worker.addEventListener('statechange', () => worker.state === 'activated' && done()));
      return registration.scope;
    });
    expect(scope).toBe(`${server.url}training/rules-at-play/`);
    await context.setOffline(true);
    await page.reload();
    await pressButton(page, 'Read the briefing for The Shelter');
    await pressButton(page, 'Begin the scenario');
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(game.errors).toEqual([]);
    await context.setOffline(false);
  });

  it('opened straight from the folder (file://), says why it cannot start and what to do', async () => {
    const game = await openGame({ url: pathToFileURL(join(folder, 'index.html')).href });
    opened.push(game);
    const { page } = game;
    const alert = page.getByRole('alert').filter({ hasText: 'opened straight from a folder' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/HOW-TO-OPEN\.txt/);
    // What Chromium does: the module scripts are refused from a file:// address.
    expect(game.errors.some((e) => /CORS|blocked/.test(e))).toBe(true);
    await screenshot(page, 'folder-01-file-url');
  });
});
