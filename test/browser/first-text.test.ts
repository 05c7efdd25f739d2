// The title screen's words arrive in the page itself: they show with
// scripts off, the scripts draw the very same screen over them, and nothing
// the title does not need (the story engine, Phaser, PDF code) loads before
// a scenario begins.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { closeBrowser, heading, openGame, pressButton } from './game-page.ts';
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
});
