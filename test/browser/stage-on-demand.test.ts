// The stage draws only when its picture changes: a still panel room costs no
// frames (a laptop without a GPU drew it 30 times a second, a whole core),
// and it draws again for a new step, a resize, or a time skip on the map.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choiceTexts, closeBrowser, nameIt, openGame, pressButton, stageSettled } from './game-page.ts';
import type { GamePage } from './game-page.ts';
import { COUNT_FRAMES, framesSoFar, stageAsleep } from './frame-count.ts';

let game: GamePage | null = null;
afterEach(async () => {
  await game?.close();
  game = null;
});
afterAll(closeBrowser);

const stagePicture = (page: Page) => page.locator('#stage canvas').screenshot();

async function beginTheShelter(g: GamePage): Promise<void> {
  await pressButton(g.page, 'Read the briefing for The Shelter');
  await pressButton(g.page, 'Begin the scenario');
  await g.page.getByRole('group', { name: 'Choices' }).waitFor();
  await stageSettled(g.page);
}

/** Takes the first choice on offer (skipping any naming) until a time skip is in the text. */
async function toFirstTimeSkip(page: Page): Promise<void> {
  for (let turn = 0; turn < 40; turn += 1) {
    if (await page.locator('.timeskip').count()) return;
    if (await page.locator('form.name-it').count()) {
      await nameIt(page, null);
      await page.locator('form.name-it').waitFor({ state: 'detached' });
      continue;
    }
    const [first] = await choiceTexts(page);
    if (!first) throw new Error('No choice on offer before the first time skip');
    await pressButton(page, first);
    await page.waitForFunction((text) => document.querySelector('.chosen')?.textContent?.includes(text), first);
  }
  throw new Error('No time skip within 40 turns');
}

describe('the stage draws on demand', () => {
  it('sleeps in a still panel room, and draws again for a resize and for the next step', async () => {
    game = await openGame({ beforeLoad: COUNT_FRAMES });
    const { page } = game;
    await beginTheShelter(game);
    expect(await stageAsleep(page)).toBe(true);
    const still = await stagePicture(page);

    // A narrower window: the stage wakes, fits the new width, and sleeps again.
    // Counted from before the resize, so frames drawn before a count could start are not missed (seen at load 20).
    const asleep = await framesSoFar(page);
    await page.setViewportSize({ width: 700, height: 900 });
    await page.waitForFunction((n) => (window as unknown as { __frames: number }).__frames > n, asleep);
    const box = await page.locator('#stage canvas').boundingBox();
    expect(box?.width).toBeLessThanOrEqual(700);
    expect(await stageAsleep(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await stageAsleep(page)).toBe(true);
    // Asleep or freshly drawn, the picture is the same one.
    expect((await stagePicture(page)).equals(still)).toBe(true);

    // The next step is drawn, then the stage sleeps again.
    const before = await framesSoFar(page);
    const [first = ''] = await choiceTexts(page);
    await pressButton(page, first);
    await page.waitForFunction((text) => document.querySelector('.chosen')?.textContent?.includes(text), first);
    await stageSettled(page);
    expect(await framesSoFar(page)).toBeGreaterThan(before);
    expect(await stageAsleep(page)).toBe(true);
    expect(game.errors).toEqual([]);
  });

  it('fades the map in at a time skip without redrawing the stage every frame', async () => {
    game = await openGame({ beforeLoad: COUNT_FRAMES, motion: 'no-preference' });
    const { page } = game;
    await beginTheShelter(game);
    const room = await stagePicture(page);
    await toFirstTimeSkip(page);
    // The browser fades the canvas from black; the stage drew the map and went back to sleep.
    const animations = await page.evaluate(() => (window as unknown as { __animations: string[] }).__animations);
    expect(animations.length).toBeGreaterThan(0);
    expect(new Set(animations)).toEqual(new Set([JSON.stringify([{ filter: 'brightness(0)' }, { filter: 'brightness(1)' }])]));
    expect(await stageAsleep(page)).toBe(true);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    expect((await stagePicture(page)).equals(room)).toBe(false);
    expect(game.errors).toEqual([]);
  });
});
