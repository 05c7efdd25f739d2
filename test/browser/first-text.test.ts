// The title screen's words arrive in the page itself: they show with
// scripts off, styled by the page's own inline stylesheet; no script is even
// asked for before they are painted; the scripts draw the very same screen
// over them; and nothing the title does not need (the story engine, Phaser,
// PDF code, the scenarios' full details) holds it up. The page's inline
// style and start-up script are allowed by their hashes and nothing else.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { closeBrowser, heading, openGame, openPage, pressButton, screenshot, titleUsable } from './game-page.ts';
import type { GamePage } from './game-page.ts';

let game: GamePage | null = null;
afterEach(async () => {
  await game?.close();
  game = null;
});
afterAll(closeBrowser);

const mainHtml = (g: GamePage) => g.page.evaluate(() => document.getElementById('main')?.innerHTML ?? '');

describe('the first text', () => {
  it('is in the page before any script runs, and the scripts draw the same title over it', async () => {
    game = await openGame();
    const drawnByScripts = await mainHtml(game);
    expect(await heading(game.page)).toBe('Rules at Play');
    expect(await game.page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    const context = await game.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(inject('baseUrl'));
      const html = await page.evaluate(() => document.getElementById('main')?.innerHTML ?? '');
      expect(html.replace(/<noscript>[\s\S]*<\/noscript>$/, '')).toBe(drawnByScripts);
      expect(await page.getByRole('button', { name: 'Read the briefing for The Shelter' }).count()).toBe(1);
      expect(await page.locator('#game-nav').innerHTML()).toBe(await game.page.locator('#game-nav').innerHTML());
      expect(await page.title()).toBe(await game.page.title());
    } finally {
      await context.close();
    }
  });

  it('loads no story engine, Phaser or PDF code until a scenario begins', async () => {
    game = await openGame();
    const late = /(story-runner|start-game|pdf-writer|pdf-worker|exports)-[^/]*\.js$/;
    expect(game.requests.filter((url) => late.test(url))).toEqual([]);
    await pressButton(game.page, 'Read the briefing for The Shelter');
    await pressButton(game.page, 'Begin the scenario');
    await game.page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(game.requests.some((url) => /story-runner-[^/]*\.js$/.test(url))).toBe(true);
    expect(game.errors).toEqual([]);
  });

  it('is painted before any script is asked for, styled by the page alone', async () => {
    // Holds the game's scripts back until the test lets them go, as a slow connection would.
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    game = await openPage(inject('baseUrl'));
    const { page } = game;
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Not until "load": the page asks for its scripts at its first paint, and when that comes before
    // the load event (a busy machine), the load event waits for the script held here.
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await heading(page)).toBe('Rules at Play');
    const painted = await page.evaluate(() => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      skipLinkLeft: getComputedStyle(document.querySelector('.skip-link')!).left,
      usable: performance.getEntriesByName('title-usable').length > 0,
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    // The page's own colours and layout, before any script has run.
    expect(painted.background).toBe('rgb(247, 244, 238)');
    expect(painted.skipLinkLeft).not.toBe('auto');
    expect(painted.usable).toBe(false);
    await screenshot(page, 'first-text-01-before-scripts');
    release();
    await titleUsable(page);
    const timing = await page.evaluate(() => ({
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
      scripts: performance
        .getEntriesByType('resource')
        .filter((r) => /\.js$/.test(r.name))
        .map((r) => ({ name: r.name, start: r.startTime })),
      stylesheets: performance.getEntriesByType('resource').filter((r) => /\.css$/.test(r.name)).length,
    }));
    expect(timing.scripts.length).toBeGreaterThan(0);
    for (const script of timing.scripts) expect(script.start, script.name).toBeGreaterThanOrEqual(timing.firstPaint);
    expect(timing.stylesheets).toBe(0);
    // Usable by keyboard once the scripts are in.
    await pressButton(page, 'Read the briefing for The Shelter');
    // The briefing opens once the scenarios' details are in (fetched just after the title is usable).
    await page.getByRole('heading', { level: 1, name: 'Before you begin: The Shelter' }).waitFor();
    expect(game.errors).toEqual([]);
  });

  it('carries out a press made on the title before its scripts are in, once they are', async () => {
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    game = await openPage(inject('baseUrl'));
    const { page } = game;
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Not until "load", for the same reason as above: the load event can wait for the script held here.
    await page.reload({ waitUntil: 'domcontentloaded' });
    // Enter on a button of the title the HTML drew: its scripts are not in yet.
    await page.getByRole('button', { name: 'Read the briefing for City Centre' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => performance.getEntriesByName('title-usable').length)).toBe(0);
    expect(await heading(page)).toBe('Rules at Play');
    release();
    await page.getByRole('heading', { level: 1, name: 'Before you begin: City Centre' }).waitFor();
    expect(game.errors).toEqual([]);
  });

  it('allows its inline style and start-up script by their hashes only, and refuses nothing it needs', async () => {
    game = await openGame({
      beforeLoad: `window.__refused = []; document.addEventListener('securitypolicyviolation', (e) => window.__refused.push(e.violatedDirective + ' ' + e.blockedURI));`,
    });
    const found = await game.page.evaluate(async () => {
      const hash = async (text: string) =>
        `'sha256-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))))}'`;
      const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
      const directive = (name: string) =>
        policy
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .find(([n]) => n === name)
          ?.slice(1) ?? [];
      return {
        styles: await Promise.all([...document.querySelectorAll('style')].map((s) => hash(s.textContent ?? ''))),
        scripts: await Promise.all([...document.querySelectorAll('script:not([src])')].map((s) => hash(s.textContent ?? ''))),
        styleSrc: directive('style-src'),
        scriptSrc: directive('script-src'),
        refused: (window as unknown as { __refused: string[] }).__refused,
      };
    });
    expect(found.styles).toHaveLength(1);
    expect(found.scripts).toHaveLength(1);
    // Exactly the page's own inline parts: no 'unsafe-inline', no hash of anything else.
    expect(found.styleSrc).toEqual(["'self'", ...found.styles]);
    expect(found.scriptSrc).toEqual(["'self'", ...found.scripts]);
    await pressButton(game.page, 'Read the briefing for The Shelter');
    await game.page.getByRole('heading', { level: 1, name: 'Before you begin: The Shelter' }).waitFor();
    expect(await game.page.evaluate(() => (window as unknown as { __refused: string[] }).__refused)).toEqual([]);
    // The stylesheet is in the page: neither the title nor the chunks loaded since fetch it again.
    expect(game.requests.filter((url) => url.endsWith('.css'))).toEqual([]);
    expect(game.errors).toEqual([]);
  });

  it('offers the scenarios before their full details arrive, and says so plainly if they cannot', async () => {
    game = await openPage(inject('baseUrl'));
    const { page } = game;
    const details = /story-catalogue-[\w-]+\.js$/;
    await page.route(details, (route) => route.abort());
    await page.reload();
    await titleUsable(page);
    await pressButton(page, 'Read the briefing for The Shelter');
    const alert = page.getByRole('alert').filter({ hasText: 'briefing did not download' });
    await alert.waitFor();
    expect(await heading(page)).toBe('Rules at Play');
    await screenshot(page, 'first-text-02-details-failed');
    await page.unroute(details);
    await pressButton(page, 'Read the briefing for The Shelter');
    await page.getByRole('heading', { name: 'What this scenario will help you do' }).waitFor();
    expect(await heading(page)).toBe('Before you begin: The Shelter');
  });
});
