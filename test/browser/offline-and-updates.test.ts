// The game as an offline app in Chromium: after one visit, with the network
// gone, it reloads, plays a scenario to the debrief and makes the CPD record
// as a PDF (every scenario, sound, font and export chunk from the service
// worker's cache). And a new version, built and served while a scenario is
// open, does not interrupt it: it is offered on the title screen, and taken
// there.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { Download, Page } from 'playwright-core';
import { axeViolations, choiceTexts, closeBrowser, heading, openGame, playToEnd, pressButton, screenshot } from './game-page.ts';
import type { GamePage } from './game-page.ts';
import { startStaticServer } from './static-server.ts';
import type { StaticServer } from './static-server.ts';
import { BUILD_BUDGET } from '../budgets.ts';

const INDUCTION = 'Where and How (induction)';
const work = mkdtempSync(join(tmpdir(), 'rules-at-play-offline-'));
const opened: GamePage[] = [];
let server: StaticServer | null = null;

afterAll(async () => {
  for (const game of opened) await game.close();
  await closeBrowser();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Waits until the service worker has cached everything and is active. */
async function cached(page: Page): Promise<void> {
  const state = await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (worker && worker.state !== 'activated')
      await new Promise<void>((done) => worker.addEventListener('statechange', () => worker.state === 'activated' && done()));
    return worker?.state;
  });
  expect(state).toBe('activated');
}

describe('offline', () => {
  it('after one visit, plays a scenario to the debrief and makes the CPD PDF with no network', async () => {
    const game = await openGame({ serviceWorker: true });
    opened.push(game);
    const { page, context } = game;
    await cached(page);
    // The precache holds the scenarios, sounds, fonts and the export chunks.
    const kept = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls = (await Promise.all(names.map(async (n) => (await caches.open(n)).keys()))).flat().map((r) => new URL(r.url).pathname);
      return urls;
    });
    for (const pattern of [
      /\/assets\/the-shelter-.*\.json$/,
      /\/audio\/ambience-estate\.wav$/,
      /DejaVuSans-.*\.ttf$/,
      /pdf-worker-.*\.js$/,
      /exports-.*\.js$/,
    ])
      expect(
        kept.some((url) => pattern.test(url)),
        String(pattern),
      ).toBe(true);
    expect(kept.some((url) => /phone|console|projector|\/api\//.test(url))).toBe(false);

    await context.setOffline(true);
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.reload();
    expect(await heading(page)).toBe('Rules at Play');
    await pressButton(page, `Read the briefing for ${INDUCTION}`);
    await pressButton(page, 'Begin the scenario');
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await playToEnd(page, { pick: () => 0 });
    await pressButton(page, 'Go to the debrief');
    await pressButton(page, 'Write your reflection');
    const [download] = (await Promise.all([page.waitForEvent('download'), pressButton(page, 'Download the CPD record (PDF)')])) as [
      Download,
      void,
    ];
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(await download.failure()).toBeNull();
    expect(failed).toEqual([]);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await screenshot(page, 'offline-01-pdf-made-offline');
    await context.setOffline(false);
  });
});

describe('updates', () => {
  it(
    'a new version built and served while a scenario is open does not interrupt it; the title screen offers it',
    { timeout: BUILD_BUDGET + 120_000 },
    async () => {
      const first = join(work, 'first');
      cpSync('dist', first, { recursive: true });
      server = await startStaticServer(first);
      const game = await openGame({ serviceWorker: true, url: server.url });
      opened.push(game);
      const { page } = game;
      await cached(page);
      // From the second load on, the page is the service worker's.
      await page.reload();
      expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
      await pressButton(page, 'Read the briefing for The Shelter');
      await pressButton(page, 'Begin the scenario');
      await pressButton(page, /Treat it as a safeguarding concern/);
      await page.evaluate(() => {
        (window as unknown as { sameLoad: boolean }).sameLoad = true;
      });
      const story = await page.locator('main').textContent();

      // The next version: the same game with one change to its page, built as a release is.
      const next = join(work, 'next');
      await build({
        logLevel: 'warn',
        build: { outDir: next, emptyOutDir: true },
        plugins: [
          {
            name: 'next-version',
            transformIndexHtml: (html: string) => html.replace('</head>', '<meta name="version" content="next" /></head>'),
          },
        ],
      });
      server.serve(next);
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
        await new Promise<void>((done) => {
          const check = () => (registration?.waiting ? done() : setTimeout(check, 100));
          check();
        });
      });
      // Nothing moved: same page load, same story on screen, no offer mid-scenario.
      expect(await page.evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad)).toBe(true);
      expect(await page.locator('main').textContent()).toBe(story);
      expect(await page.getByText('A new version of the game is ready').count()).toBe(0);
      // The scenario goes on: the next decision is taken and saved as before.
      await pressButton(page, (await choiceTexts(page))[0] as string);
      expect(await page.evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad)).toBe(true);

      await pressButton(page, 'Leave scenario');
      await page.getByRole('heading', { name: 'A new version of the game is ready' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'offline-02-update-offered');
      await pressButton(page, 'Update now');
      await page.waitForFunction(() => document.querySelector('meta[name="version"]')?.getAttribute('content') === 'next');
      await page.getByRole('button', { name: 'Continue The Shelter' }).waitFor();
      expect(await page.getByText('A new version of the game is ready').count()).toBe(0);
    },
  );
});
