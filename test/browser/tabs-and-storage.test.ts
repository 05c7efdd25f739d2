// Several tabs on one device, and a device whose storage fills up: nothing
// the player wrote is lost without a word, and "erase everything" wins.
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, closeBrowser, openGame, playToEnd, pressButton, screenshot, tabToField } from './game-page.ts';
import type { GamePage } from './game-page.ts';
import { finishedShelter } from '../unit/journal-fixture.ts';

let game: GamePage | null = null;
afterEach(async () => {
  await game?.close();
  game = null;
});
afterAll(closeBrowser);

const ENTRY = 'rules-at-play:journal:the-shelter-1';
const entryJson = JSON.stringify(finishedShelter().entry);
const seedEntry = `if (!localStorage.getItem('seeded')) { localStorage.setItem('seeded', '1'); localStorage.setItem(${JSON.stringify(ENTRY)}, ${JSON.stringify(entryJson)}); }`;
const status = async (page: Page) => (await page.locator('aside.status p').first().textContent()) ?? '';
const gameKeys = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('rules-at-play:'))
      .sort(),
  );

async function secondTab(g: GamePage): Promise<Page> {
  const page = await g.page.context().newPage();
  await page.goto(inject('baseUrl'));
  return page;
}

async function openEntry(page: Page): Promise<void> {
  await pressButton(page, 'Open your journal');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Your journal');
  await pressButton(page, 'Open');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('Reflection'));
}

/** Makes `count` more decisions (first available option each time). */
async function decide(page: Page, count: number): Promise<void> {
  await playToEnd(page, {
    pick: () => 0,
    onScreen: async (n) => {
      if (n === count) throw new Error('stop');
    },
  }).catch((error: Error) => {
    if (error.message !== 'stop') throw error;
  });
}

async function beginShelter(page: Page): Promise<void> {
  await pressButton(page, 'Read the briefing for The Shelter');
  await pressButton(page, 'Begin the scenario');
  await page.getByRole('group', { name: 'Choices' }).waitFor();
}

const savedDecisions = (page: Page, key = 'rules-at-play:save:the-shelter') =>
  page.evaluate(
    (k) =>
      (JSON.parse(localStorage.getItem(k) ?? '{"events":[]}') as { events: { type: string }[] }).events.filter((e) => e.type === 'choose')
        .length,
    key,
  );

describe('two tabs', () => {
  it("editing one journal entry keep both tabs' fields", async () => {
    game = await openGame({ beforeLoad: seedEntry });
    const a = game.page;
    const b = await secondTab(game);
    await openEntry(a);
    await openEntry(b);
    await tabToField(a, 'Feelings');
    await a.keyboard.type('Felt the pressure of the councillor.');
    await tabToField(b, 'Conclusion');
    await b.keyboard.type('Ask the young people first.');
    await b.getByText(/also changed in another tab/).waitFor();
    await screenshot(b, 'tabs-01-merged-entry');
    expect(await axeViolations(b)).toEqual([]);
    const stored = await a.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) as string) as { reflection: Record<string, string> },
      ENTRY,
    );
    expect(stored.reflection.feelings).toBe('Felt the pressure of the councillor.');
    expect(stored.reflection.conclusion).toBe('Ask the young people first.');
  });

  it('playing one scenario lose no decision, and the tab that fell behind is told', async () => {
    game = await openGame();
    const a = game.page;
    await beginShelter(a);
    await decide(a, 2);
    const b = await secondTab(game);
    await pressButton(b, 'Continue The Shelter');
    await b.getByRole('group', { name: 'Choices' }).waitFor();
    expect(await status(b)).toMatch(/Decisions made: 2\./);
    await decide(a, 2);
    expect(await savedDecisions(a)).toBe(4);
    await decide(b, 1);
    const told = b.getByRole('alert').filter({ hasText: 'also being played in another tab' });
    await told.waitFor();
    expect(await told.textContent()).toMatch(/\(4 decisions there\).*this tab's 3 decisions are kept aside/);
    await screenshot(b, 'tabs-02-same-scenario');
    expect(await savedDecisions(a)).toBe(4);
    const aside = (await gameKeys(a)).filter((k) => k.startsWith('rules-at-play:aside:the-shelter:tab-'));
    expect(aside.length).toBe(1);
    expect(await savedDecisions(a, aside[0])).toBe(3);
  });

  it("starting a scenario afresh in a second tab keeps the first tab's save aside, and says so", async () => {
    game = await openGame();
    const a = game.page;
    const b = await secondTab(game);
    await beginShelter(a);
    await decide(a, 4);
    await beginShelter(b);
    await b.getByText(/An earlier saved game of "The Shelter" \(4 decisions, saved in this or another tab\) has been kept aside/).waitFor();
    const aside = (await gameKeys(b)).filter((k) => k.startsWith('rules-at-play:aside:the-shelter:'));
    expect(aside.length).toBe(1);
    expect(await savedDecisions(b, aside[0])).toBe(4);
    // The first tab is told when it next saves, and its decisions are kept too.
    await decide(a, 1);
    await a.getByRole('alert').filter({ hasText: 'also being played in another tab' }).waitFor();
  });

  it('erase everything in one tab wins: the other tab learns at once and writes nothing back', async () => {
    game = await openGame({ beforeLoad: seedEntry });
    const a = game.page;
    await beginShelter(a);
    await decide(a, 1);
    const b = await secondTab(game);
    await openEntry(b);
    await tabToField(b, 'Feelings');
    await b.keyboard.type('Written before the erase');
    await pressButton(a, 'Settings');
    await pressButton(a, 'Erase everything on this device…');
    await pressButton(a, 'Yes, erase everything');
    await b.getByRole('alert').filter({ hasText: 'erased in another tab' }).waitFor();
    // The other tab's lists catch up with the erase too.
    await b.waitForFunction(() => !document.querySelector('.journal-link')?.textContent?.includes('1 finished scenario'));
    await screenshot(b, 'tabs-03-erased-elsewhere');
    // Typing on in the other tab brings nothing back.
    await b.keyboard.type('x');
    await b.keyboard.press('Tab');
    await b.keyboard.type('more');
    expect(await gameKeys(a)).toEqual([]);
    await b.reload();
    expect(await b.getByRole('button', { name: 'Continue The Shelter' }).count()).toBe(0);
    expect(await gameKeys(b)).toEqual([]);
  });
});

describe('a full store', () => {
  it('keeps reading, names what is only in memory, saves once space is freed, and erase leaves storage empty', async () => {
    game = await openGame({ beforeLoad: seedEntry });
    const { page } = game;
    const filled = await page.evaluate(() => {
      let n = 0;
      for (const size of [1 << 18, 1 << 12, 1 << 6, 1]) {
        try {
          for (;;) localStorage.setItem(`filler-${(n += 1)}`, 'x'.repeat(size));
        } catch {
          /* full at this size: try smaller pieces */
        }
      }
      return n;
    });
    expect(filled).toBeGreaterThan(10);
    await beginShelter(page);
    await decide(page, 1);
    const warning = page.locator('#storage-warning');
    await warning.filter({ hasText: 'your progress in "The Shelter"' }).waitFor();
    expect(await warning.textContent()).toMatch(/kept only in this tab for now\. The game keeps trying to save/);
    await screenshot(page, 'storage-01-full');
    // Earlier saves and entries are still read from the device.
    await page.keyboard.press('Escape');
    await pressButton(page, 'Leave this scenario');
    expect(await page.getByRole('button', { name: 'Continue The Shelter' }).count()).toBe(1);
    expect(await page.locator('.journal-link').textContent()).toMatch(/1 finished scenario/);
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
    });
    await warning.filter({ hasText: 'Everything is saved on this device again.' }).waitFor({ timeout: 8000 });
    expect(await savedDecisions(page)).toBe(1);
    await pressButton(page, 'Settings');
    await pressButton(page, 'Erase everything on this device…');
    await pressButton(page, 'Yes, erase everything');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'seeded'))).toEqual([]);
    await page.reload();
    expect(await page.getByRole('button', { name: 'Continue The Shelter' }).count()).toBe(0);
  });
});
