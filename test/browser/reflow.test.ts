// WCAG 2.2 reflow (1.4.10): at 320 CSS pixels wide no screen scrolls
// sideways. Wide tables may scroll inside their own box; the page may not.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, heading, openGame, playToEnd, pressButton, screenshot } from './game-page.ts';
import type { GamePage } from './game-page.ts';

let game: GamePage;
beforeAll(async () => {
  game = await openGame({ viewport: { width: 320, height: 640 } });
});
afterAll(async () => {
  await game.close();
  await closeBrowser();
});

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

it('never scrolls sideways at 320 px, from the title to the journal', async () => {
  const { page } = game;
  const seen: Record<string, number> = {};
  const check = async (name: string) => {
    seen[name] = await sideways(page);
    await screenshot(page, `reflow-320-${name}`);
  };
  await page.getByRole('heading', { name: 'Rules at Play' }).waitFor();
  await check('title');
  await pressButton(page, 'Read the briefing for Where and How (induction)');
  await check('prebrief');
  await pressButton(page, 'Begin the scenario');
  await page.getByRole('group', { name: 'Choices' }).waitFor();
  await check('play');
  expect(await page.getByRole('button', { name: 'Pause' }).getAttribute('aria-keyshortcuts')).toBe('Escape');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor();
  await check('pause');
  await page.keyboard.press('Escape');
  let naming = 0;
  await playToEnd(page, {
    pick: (choices) => choices.length - 1,
    name: () => (naming++ === 0 ? { where: 'individual', how: 'behaviour' } : null),
    onScreen: async (n) => {
      if (n === 4) await check('play-later');
    },
  });
  await pressButton(page, 'Go to the debrief');
  expect(await heading(page)).toBe('Debrief: Where and How (induction)');
  await check('debrief');
  await pressButton(page, 'Write your reflection');
  await check('reflection');
  expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, 0])));
  expect(game.errors).toEqual([]);
});
