// A save made before a story was edited (an option inserted or deleted), or
// edited by hand (an index out of range), ends in a plain message with
// nothing lost; a save whose scenario is gone is shown with what can be done.
// Edits are simulated on the stored save: its build and its decisions are
// changed as a rebuilt story would see them.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, closeBrowser, openGame, playToEnd, pressButton, screenshot } from './game-page.ts';
import type { GamePage } from './game-page.ts';
import { finishedShelter } from '../unit/journal-fixture.ts';

let game: GamePage | null = null;
afterEach(async () => {
  await game?.close();
  game = null;
});
afterAll(closeBrowser);

const KEY = 'rules-at-play:save:the-shelter';
const status = async (page: Page) => (await page.locator('aside.status p').first().textContent()) ?? '';

/** Plays three decisions of The Shelter, each with a reason, and goes back to the title. */
async function threeDecisions(page: Page): Promise<void> {
  await pressButton(page, 'Read the briefing for The Shelter');
  await pressButton(page, 'Begin the scenario');
  await page.getByRole('group', { name: 'Choices' }).waitFor();
  await playToEnd(page, {
    pick: () => 0,
    why: (n) => `reason ${n + 1}`,
    onScreen: async (n) => {
      if (n === 3) throw new Error('stop');
    },
  }).catch((error: Error) => {
    if (error.message !== 'stop') throw error;
  });
  await page.keyboard.press('Escape');
  await pressButton(page, 'Leave this scenario');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Rules at Play');
}

type Save = { build: string | null; events: { type: string; index: number; id?: string; why?: string }[] };

async function tamper(page: Page, change: (save: Save) => void): Promise<Save> {
  const save = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) as string) as Save;
  change(save);
  await page.evaluate(([key, value]) => localStorage.setItem(key as string, value as string), [KEY, JSON.stringify(save)]);
  await page.reload();
  return save;
}

const choices = (save: Save) => save.events.filter((e) => e.type === 'choose');
const aside = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('rules-at-play:aside:the-shelter:'))
      .map((k) => localStorage.getItem(k) as string),
  );

describe('a save made before the story was edited', () => {
  it('follows each decision by its words when an option was inserted before it', async () => {
    game = await openGame();
    const { page } = game;
    await threeDecisions(page);
    // The rebuilt story has a new option before each chosen one: the saved indexes now point one too low.
    await tamper(page, (save) => {
      save.build = 'old0build';
      for (const e of choices(save)) e.index = Math.max(0, e.index - 1);
    });
    await pressButton(page, 'Continue The Shelter');
    await page.getByRole('alert').filter({ hasText: 'has been edited since you saved' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'edited' }).textContent()).toMatch(/All 3 decisions you made are still in it/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'edited-01-inserted-option');
    await pressButton(page, 'Carry on with all 3 decisions');
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(await status(page)).toMatch(/Decisions made: 3\./);
    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) as string) as Save;
    expect(choices(saved).map((e) => e.why)).toEqual(['reason 1', 'reason 2', 'reason 3']);
    expect((await aside(page)).length).toBe(1);
  });

  it('replays up to a deleted option, keeping the reasons before it, and keeps the old save aside', async () => {
    game = await openGame();
    const { page } = game;
    await threeDecisions(page);
    const entry = JSON.stringify(finishedShelter().entry);
    await page.evaluate((value) => localStorage.setItem('rules-at-play:journal:the-shelter-1', value), entry);
    const before = await tamper(page, (save) => {
      save.build = 'old0build';
      const second = choices(save)[1] as Save['events'][number];
      second.id = `${(second.id as string).split('#')[0]}#An option the edited story no longer has`;
    });
    await pressButton(page, 'Continue The Shelter');
    const alert = page.getByRole('alert').filter({ hasText: 'edited' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /You had made 3 decisions\. The first one is still in the scenario as you made it\. Decision 2, "An option the edited story no longer has", is no longer offered at that point\./,
    );
    await screenshot(page, 'edited-02-deleted-option');
    expect(await axeViolations(page)).toEqual([]);
    await pressButton(page, 'Replay my first decision and carry on');
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(await status(page)).toMatch(/Decisions made: 1\./);
    const kept = (await aside(page)).map((raw) => JSON.parse(raw) as Save);
    expect(kept.map((s) => choices(s).length)).toEqual([3]);
    expect(choices(kept[0] as Save)).toEqual(choices(before));
    // Journal entries written earlier are never rewritten.
    expect(await page.evaluate(() => localStorage.getItem('rules-at-play:journal:the-shelter-1'))).toBe(entry);
  });

  it('turns an out-of-range index in a hand-edited save into a plain message; the game goes on', async () => {
    game = await openGame();
    const { page } = game;
    await threeDecisions(page);
    await tamper(page, (save) => {
      const second = choices(save)[1] as Save['events'][number];
      second.index = 42;
      delete second.id;
    });
    await pressButton(page, 'Continue The Shelter');
    const alert = page.getByRole('alert').filter({ hasText: 'cannot be replayed' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /Decision 2 could not be replayed: the save asks for option 43, and there are \d options at that point\./,
    );
    await screenshot(page, 'edited-03-out-of-range');
    await pressButton(page, 'Keep the old save aside and start again');
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(await status(page)).toMatch(/Decisions made: 0\./);
    expect((await aside(page)).length).toBe(1);
    // The machine is alive: every scenario button still works.
    await page.keyboard.press('Escape');
    await pressButton(page, 'Leave this scenario');
    await pressButton(page, 'Read the briefing for City Centre');
    await page.getByRole('heading', { level: 1, name: /City Centre/ }).waitFor();
    expect(game.errors).toEqual([]);
  });
});

describe('a save written before saves named their story build (format 2)', () => {
  it('still continues, silently, with its reason', async () => {
    const today = JSON.stringify({
      version: 2,
      scenarioId: 'the-shelter',
      title: 'The Shelter',
      seed: 5,
      events: [{ type: 'choose', index: 0, why: 'Their park too' }],
      savedAt: '2026-11-26T18:00:00Z',
      activeMs: 60000,
    });
    game = await openGame({
      beforeLoad: `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(today)}); }`,
    });
    const { page } = game;
    await pressButton(page, 'Continue The Shelter');
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(await status(page)).toMatch(/Decisions made: 1\./);
    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) as string) as Save & { version: number };
    expect(saved.version).toBe(3);
    expect(saved.build).toMatch(/^[0-9a-z]+$/);
    expect(choices(saved)[0]).toMatchObject({ index: 0, why: 'Their park too', id: expect.stringContaining('#') });
  });
});

describe('a save whose scenario no longer exists', () => {
  it('is shown with what can be done: keep it, or delete it', async () => {
    const save = (id: string, title: string) =>
      JSON.stringify({
        version: 2,
        scenarioId: id,
        title,
        seed: 3,
        events: [{ type: 'choose', index: 0 }],
        savedAt: '2026-11-20T09:00:00Z',
        activeMs: 1000,
      });
    game = await openGame({
      beforeLoad: `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('rules-at-play:save:the-old-shelter', ${JSON.stringify(save('the-old-shelter', 'The Old Shelter'))}); localStorage.setItem('rules-at-play:save:gone-too', ${JSON.stringify(save('gone-too', 'Gone Too'))}); }`,
    });
    const { page } = game;
    const section = page.getByRole('region', { name: 'Saved games for scenarios this version does not have' });
    await section.waitFor();
    expect(await section.textContent()).toMatch(/belongs to the scenario "the-old-shelter", which this version of the game does not have/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'edited-04-missing-scenario');
    await pressButton(page, 'Delete the save of Gone Too');
    await page.getByText('Gone Too').waitFor({ state: 'detached' });
    await pressButton(page, 'Keep the save of The Old Shelter');
    await page.getByText('Kept on this device, unchanged.').waitFor();
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('rules-at-play:save:')));
    expect(keys).toEqual(['rules-at-play:save:the-old-shelter']);
  });
});
