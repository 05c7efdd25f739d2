// Plays The Shelter in Chromium from the title screen to the debrief with the
// keyboard alone, twice: once leaning on behaviour-based responses to the
// park, once leaning ecological.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  axeViolations,
  closeBrowser,
  heading,
  openGame,
  playToEnd,
  keepScreenshot,
  prefer,
  pressButton,
  screenshot,
  stageSettled,
} from './game-page.ts';
import type { GamePage } from './game-page.ts';

let game: GamePage | null = null;
afterEach(async () => {
  await game?.close();
  game = null;
});
afterAll(closeBrowser);

async function startTheShelter(g: GamePage, label: string): Promise<void> {
  const { page } = g;
  expect(await heading(page)).toBe('Rules at Play');
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, `${label}-01-title`);
  await pressButton(page, 'Read the briefing for The Shelter');
  // The briefing opens once the scenarios' details are in (fetched just after the title is usable).
  await page.getByRole('heading', { level: 1, name: 'Before you begin: The Shelter' }).waitFor();
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

async function toDebrief(g: GamePage, label: string): Promise<void> {
  const { page } = g;
  await pressButton(page, 'Go to the debrief');
  expect(await heading(page)).toBe('Debrief: The Shelter');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, `${label}-debrief`);
}

async function sectionText(g: GamePage, heading: RegExp): Promise<string> {
  return (
    (await g.page
      .locator('section')
      .filter({ has: g.page.getByRole('heading', { name: heading }) })
      .textContent()) ?? ''
  );
}

describe('The Shelter, played by keyboard', () => {
  it('reaches "right place, wrong method" when the panel moves the young people on', async () => {
    game = await openGame();
    await startTheShelter(game, 'shelter-behaviour');
    const g = game;
    let sawWardFunds = false;
    const made = await playToEnd(g.page, {
      pick: prefer(
        /Start from the complaints/,
        /Keep the panel to professionals/,
        /intelligence briefing/,
        /Hold a residents' meeting/,
        /young people's own choices/,
        /complaints stop/,
        /Agree to remove the shelter/,
        /Support the weekend dispersal/,
        /Refer the young people to Clear Choices/,
        /leaflet/,
        /Agree a safety plan/,
        /Close the park work/,
      ),
      // Reads every proposal as acting on the young person by changing behaviour.
      name: () => ({ where: 'individual', how: 'behaviour' }),
      onScreen: async (n, page) => {
        const wardFunds = page.locator('button[aria-disabled="true"]', { hasText: 'ward funds' });
        if (await wardFunds.count()) {
          // The ward-funds option is shown but unavailable without the councillor.
          expect(await wardFunds.textContent()).toMatch(/Needs Councillor Maureen Doyle at the table first/);
          expect(await axeViolations(page)).toEqual([]);
          await screenshot(page, 'shelter-behaviour-04-unavailable-option');
          sawWardFunds = true;
        }
      },
    });
    expect(made.length).toBeGreaterThanOrEqual(8);
    expect(sawWardFunds).toBe(true);
    await screenshot(g.page, 'shelter-behaviour-05-ending');
    await toDebrief(g, 'shelter-behaviour-06');
    const { page } = g;
    expect(await page.getByRole('heading', { name: 'Your plan: Right place, wrong method' }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /WHERE × HOW map/ }).count()).toBe(1);
    const rows = page.getByRole('table', { name: /Every decision, in order/ }).locator('tbody tr');
    expect(await rows.count()).toBe(made.length);
    const removal = rows.filter({ hasText: 'Agree to remove the shelter' }).locator('td').nth(2);
    expect(await removal.textContent()).toMatch(/^The context · Behaviour-based \(Right place, wrong method\)Author's reading: /);
    expect(await sectionText(g, /The four domains/)).toMatch(/Missed: Targets the social conditions of harm/);
    expect(await sectionText(g, /Where the room pressed hard/)).toMatch(/never rose high enough together/);
    expect(await sectionText(g, /What each choice cost/)).toMatch(/What it bought/);
    expect(await sectionText(g, /The road not taken/)).toMatch(/Instead:/);
    expect(
      await page
        .getByRole('table', { name: /Your labels beside the author's/ })
        .locator('tbody tr')
        .count(),
    ).toBeGreaterThanOrEqual(3);
    expect(g.errors).toEqual([]);
  });

  it('reaches a different ending when the panel changes the park', async () => {
    game = await openGame();
    await startTheShelter(game, 'shelter-ecological');
    const g = game;
    let sawSkip = false;
    let sawPressure = false;
    await playToEnd(g.page, {
      pick: prefer(
        /Treat it as a safeguarding concern/,
        /Ring Councillor Doyle/,
        /Talk with the young people/,
        /Visit the park at night/,
        /nowhere else for them/,
        /trusted adults around/,
        /ward funds to move the shelter/,
        /put their hours into the car/,
        /Thank Gail/,
        /detached youth work instead/,
        /meeting between residents and young people/,
        /strategy discussion/,
        /invite young people to the next review/,
      ),
      name: () => ({ where: 'context', how: 'behaviour' }),
      onScreen: async (n, page) => {
        if (n === 1) {
          expect(await page.locator('form.name-it').count()).toBe(0);
          await stageSettled(page);
          await keepScreenshot(page.locator('#stage'), 'test-results/shelter-ecological-stage-room.png');
        }
        if (!sawPressure && (await page.locator('.pressure-notice').count())) {
          // Changing the park costs calm: risk and anxiety climb, and the room presses for quick methods, first and marked, never forced.
          sawPressure = true;
          expect(await page.locator('.pressure-notice').textContent()).toMatch(/The room is pressing hard/);
          expect(await page.locator('.choice').first().getAttribute('class')).toMatch(/pressed/);
          expect(await axeViolations(page)).toEqual([]);
          await screenshot(page, 'shelter-ecological-04-pressure');
        }
        if (!sawSkip && (await page.locator('.timeskip').count())) {
          sawSkip = true;
          // The first time skip: the map shows the moved shelter and who is there now.
          await stageSettled(page);
          await keepScreenshot(page.locator('#stage'), 'test-results/shelter-ecological-stage-map-first-timeskip.png');
          expect(await page.locator('.map-text').textContent()).toMatch(/The shelter stands in the middle of the park/);
          await screenshot(page, 'shelter-ecological-04-timeskip');
        }
      },
    });
    expect([sawSkip, sawPressure]).toEqual([true, true]);
    await stageSettled(g.page);
    await keepScreenshot(g.page.locator('#stage'), 'test-results/shelter-ecological-stage-map-second-timeskip.png');
    await screenshot(g.page, 'shelter-ecological-05-ending');
    expect(await g.page.locator('.story').textContent()).toMatch(/eleven young people in it and two youth workers beside it/);
    await toDebrief(g, 'shelter-ecological-06');
    const { page } = g;
    expect(await page.getByRole('heading', { name: 'Your plan: Changing the rules at play' }).count()).toBe(1);
    expect(await sectionText(g, /The four domains/)).not.toMatch(/Missed/);
    expect(await sectionText(g, /Where the room pressed hard/)).toMatch(/Decision \d+: the room pressed for "/);
    expect(await sectionText(g, /What each choice cost/)).toMatch(/What it cost/);
    expect(await page.getByText('Owens & Lloyd 2023', { exact: false }).count()).toBeGreaterThan(0);
    expect(g.errors).toEqual([]);
  });
});
