// The game plays on without its pictures or its sounds, and settings are
// remembered on the device.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { axeViolations, closeBrowser, heading, openGame, playToEnd, pressButton, screenshot } from './game-page.ts';
import type { GamePage } from './game-page.ts';
import type { Page } from 'playwright-core';

let game: GamePage | null = null;
afterEach(async () => {
  await game?.close();
  game = null;
});
afterAll(closeBrowser);

/** Errors other than the blocked downloads this test causes on purpose. */
const unexpected = (errors: string[]) => errors.filter((e) => !/Failed to load resource|ERR_FAILED/.test(e));

async function playInduction(g: GamePage): Promise<void> {
  await pressButton(g.page, 'Read the briefing for Where and How (induction)');
  await pressButton(g.page, 'Begin the scenario');
  await g.page.getByRole('group', { name: 'Choices' }).waitFor();
  await playToEnd(g.page, { pick: () => 0 });
  await pressButton(g.page, 'Go to the debrief');
  expect(await heading(g.page)).toBe('Debrief: Where and How (induction)');
}

/** Begins the induction when its story cannot arrive: the plain message shows, and the scenario is still offered. */
async function beginUnopened(page: Page): Promise<void> {
  await pressButton(page, 'Read the briefing for Where and How (induction)');
  await pressButton(page, 'Begin the scenario');
  const alert = page.getByRole('alert').filter({ hasText: 'could not be opened' });
  await alert.waitFor();
  expect(await alert.textContent()).toBe(
    'The scenario could not be opened. Its story did not download. Check the connection to the page and try again; nothing has been lost.',
  );
  expect(await page.getByRole('button', { name: /Where and How \(induction\)/ }).count()).toBeGreaterThan(0);
}

describe('resilience', () => {
  it('plays to the debrief with the Phaser chunk blocked, showing no picture and losing no text', async () => {
    game = await openGame({ blockPhaser: true });
    await playInduction(game);
    expect(await game.page.locator('#stage').getAttribute('data-room')).toBe('unavailable');
    expect(await game.page.locator('#stage canvas').count()).toBe(0);
    expect(game.requests.some((url) => /start-game-.*\.js$/.test(url))).toBe(true);
    expect(unexpected(game.errors)).toEqual([]);
  });

  it('plays to the debrief with every sound file missing', async () => {
    game = await openGame({ blockAudio: true });
    await playInduction(game);
    expect(game.requests.some((url) => url.endsWith('.wav'))).toBe(true);
    expect(unexpected(game.errors)).toEqual([]);
  });

  it("says plainly when a scenario's story cannot be loaded, and opens it when asked again once it can", async () => {
    game = await openGame();
    const { page } = game;
    // The induction's story is its own file, fetched when the player reads its briefing.
    const storyChunk = /\/where-and-how-[\w-]+\.json$/;
    await page.route(storyChunk, (route) => route.abort());
    await beginUnopened(page);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'story-load-failed');
    expect(game.requests.some((url) => storyChunk.test(url))).toBe(true);

    await page.unroute(storyChunk);
    await pressButton(page, 'Read the briefing for Where and How (induction)');
    await pressButton(page, 'Begin the scenario');
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'could not be opened' }).count()).toBe(0);
    expect(unexpected(game.errors)).toEqual([]);
  });

  it.each([
    ['missing (the server answers "not found")', { status: 404, body: 'Not found' }],
    ['damaged (cut short)', { status: 200, body: '{"inkVersion":21,"root":[["#","^title: Where' }],
    ['replaced by a web page (a proxy or login page)', { status: 200, body: '<!doctype html><title>Sign in</title>' }],
  ])("says plainly when a scenario's story file is %s", async (_name, answer) => {
    game = await openGame();
    const { page } = game;
    await page.route(/\/where-and-how-[\w-]+\.json$/, (route) =>
      route.fulfill({ status: answer.status, contentType: 'application/json', body: answer.body }),
    );
    await beginUnopened(page);
    expect(unexpected(game.errors).filter((e) => !/status of 404/.test(e))).toEqual([]);
  });

  it('remembers sound settings on this device, set by keyboard', async () => {
    game = await openGame();
    const { page } = game;
    await pressButton(page, 'Settings');
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.waitFor();
    // A modal dialog takes focus to its first control.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).id)).toBe('setting-muted');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Settings');
    await page.reload();
    await pressButton(page, 'Settings');
    expect(await page.locator('#setting-muted').isChecked()).toBe(true);
    expect(await page.locator('#setting-volume').inputValue()).toBe('50');
  });
});
