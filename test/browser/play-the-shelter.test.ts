// Plays The Shelter in Chromium from the title screen to the debrief with the
// keyboard alone, twice: once leaning on behaviour-based responses to the
// park, once leaning ecological.
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, heading, openGame, playToEnd, prefer, pressButton, screenshot } from './game-page.ts';
import type { GamePage } from './game-page.ts';

let game: GamePage | null = null;
afterEach(async () => {
  await game?.browser.close();
  game = null;
});

async function startTheShelter(g: GamePage, label: string): Promise<void> {
  const { page } = g;
  expect(await heading(page)).toBe('Rules at Play');
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, `${label}-01-title`);
  await pressButton(page, 'Read the briefing for The Shelter');
  expect(await heading(page)).toBe('Before you begin: The Shelter');
  expect(await page.getByText('There is no single right answer').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, `${label}-02-prebrief`);
  await pressButton(page, 'Begin the scenario');
  await page.getByRole('group', { name: 'Choices' }).waitFor();
  expect(await heading(page)).toBe('The Shelter');
  expect(await page.locator('#announcer').textContent()).toMatch(/Committee Room 2/);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, `${label}-03-referral`);
}

async function finish(g: GamePage, label: string): Promise<void> {
  const { page } = g;
  await pressButton(page, 'Go to the debrief');
  expect(await heading(page)).toBe('Debrief: The Shelter');
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, `${label}-debrief`);
}

describe('The Shelter, played by keyboard', () => {
  it('reaches "right place, wrong method" when the panel moves the young people on', async () => {
    game = await openGame();
    await startTheShelter(game, 'shelter-behaviour');
    const { page } = game;
    const made = await playToEnd(page, prefer(
      /Start from the complaints/, /Keep the panel to professionals/, /intelligence briefing/, /Ask Tanners High/,
      /The adults in the cars/, /complaints stop/, /Agree to remove the shelter/, /Support the dispersal order/,
      /Refer the young people to Clear Choices/, /report what they see/, /Agree a safety plan/,
      /police and community safety lead/, /Close the park work/,
    ), async (n) => {
      if (n === 9 || n === 12) {
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `shelter-behaviour-04-decision-${n}`);
      }
    });
    expect(made.length).toBeGreaterThanOrEqual(8);
    expect(await page.getByText('Six months later', { exact: true }).count()).toBe(1);
    await screenshot(page, 'shelter-behaviour-05-ending');
    await finish(game, 'shelter-behaviour-06');
    expect(await page.getByRole('heading', { name: 'Your plan: Right place, wrong method' }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /WHERE × HOW map/ }).count()).toBe(1);
    const rows = page.getByRole('table', { name: /Adopted actions/ }).locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(4);
    expect(await rows.filter({ hasText: 'Agree to remove the shelter' }).locator('td').last().textContent()).toBe('Right place, wrong method');
    expect(game.errors).toEqual([]);
  });

  it('reaches a different ending when the panel changes the park', async () => {
    game = await openGame();
    await startTheShelter(game, 'shelter-ecological');
    const { page } = game;
    await playToEnd(page, prefer(
      /Treat it as a safeguarding concern/, /Invite Councillor Doyle/, /Talk with the young people/, /Visit the park at night/,
      /nowhere else for them/, /trusted adults around/, /ward funds to move the shelter/, /focus on the men in the cars/,
      /detached youth work instead/, /meeting between residents and young people/, /strategy discussion for Remi/,
      /Social care leads/, /Invite young people to the next review/,
    ), async (n) => {
      if (n === 10) await screenshot(page, 'shelter-ecological-04-timeskip');
    });
    await screenshot(page, 'shelter-ecological-05-ending');
    expect(await page.locator('.story').textContent()).toMatch(/eleven young people in it and two youth workers beside it/);
    await finish(game, 'shelter-ecological-06');
    expect(await page.getByRole('heading', { name: 'Your plan: Changing the rules at play' }).count()).toBe(1);
    expect(await page.getByText('Owens & Lloyd 2023', { exact: false }).count()).toBeGreaterThan(0);
    expect(game.errors).toEqual([]);
  });
});
