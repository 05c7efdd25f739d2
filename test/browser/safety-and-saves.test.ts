// Private by design, careful with a heavy subject, and saves that never lose
// work: checked in the real game.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { axeViolations, closeBrowser, heading, openGame, playToEnd, pressButton, screenshot } from './game-page.ts';
import type { GamePage } from './game-page.ts';

let game: GamePage | null = null;
afterEach(async () => {
  await game?.close();
  game = null;
});
afterAll(closeBrowser);

const status = async (g: GamePage) => (await g.page.locator('aside.status p').first().textContent()) ?? '';

async function begin(g: GamePage, title: string): Promise<void> {
  await pressButton(g.page, `Read the briefing for ${title}`);
  await pressButton(g.page, 'Begin the scenario');
  await g.page.getByRole('group', { name: 'Choices' }).waitFor();
}

describe('saves and resume', () => {
  it('reloads mid-scenario and resumes at the same line with the same numbers', async () => {
    game = await openGame();
    const { page } = game;
    await begin(game, 'The Shelter');
    let steps = 0;
    await playToEnd(page, {
      pick: () => 0,
      onScreen: async (n) => {
        steps = n;
        if (n === 5) throw new Error('stop here');
      },
    }).catch((error: Error) => {
      if (error.message !== 'stop here') throw error;
    });
    expect(steps).toBe(5);
    const text = await page.locator('.story').textContent();
    const numbers = await status(game);
    await page.reload();
    await screenshot(page, 'saves-01-title-with-continue');
    expect(await axeViolations(page)).toEqual([]);
    await pressButton(page, 'Continue The Shelter');
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(await page.locator('.story').textContent()).toBe(text);
    expect(await status(game)).toBe(numbers);
    expect(numbers).toMatch(/Decisions made: 5\./);
  });

  it('takes back the last decision from the pause menu opened with Escape', async () => {
    game = await openGame();
    const { page } = game;
    await begin(game, 'The Shelter');
    const first = await page.locator('.story').textContent();
    await pressButton(page, /Treat it as a safeguarding concern/);
    await page.waitForFunction(() => document.querySelector('.chosen'));
    await page.keyboard.press('Escape');
    const menu = page.getByRole('dialog', { name: 'Paused' });
    await menu.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'saves-02-pause-menu');
    await pressButton(page, 'Take back my last decision');
    await menu.waitFor({ state: 'detached' });
    expect(await page.locator('.story').textContent()).toBe(first);
    expect(await status(game)).toMatch(/Decisions made: 0\./);
  });

  it('reports a damaged save in plain words, keeps it aside, and lets everything else work', async () => {
    game = await openGame({
      beforeLoad: `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('rules-at-play:save:the-shelter', '{"version":1,"scenarioId":"the-sh'); localStorage.setItem('rules-at-play:save:city-centre', JSON.stringify({ version: 1, scenarioId: 'city-centre', title: '<img src=x onerror="window.hacked=1">', seed: 1, events: [], savedAt: '2026-11-26T10:00:00Z' })); }`,
    });
    const { page } = game;
    expect(await page.getByRole('alert').textContent()).toMatch(/A saved game for "the-shelter" could not be opened\. The save is damaged/);
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('aside:the-shelter')));
    expect(kept.length).toBe(1);
    // Markup in a saved title is shown as text, never run.
    expect(await page.locator('.in-progress h3').textContent()).toBe('<img src=x onerror="window.hacked=1">');
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    await screenshot(page, 'saves-03-damaged-save');
    await begin(game, 'The Shelter');
  });

  it('plays on in memory with a visible warning when storage is disabled', async () => {
    game = await openGame({ beforeLoad: `Object.defineProperty(window, 'localStorage', { get() { throw new Error('disabled'); } });` });
    const { page } = game;
    expect(await page.getByRole('status').filter({ hasText: 'not letting the game save' }).count()).toBe(1);
    await begin(game, 'Where and How (induction)');
    await pressButton(page, /Notice that/);
    expect(await status(game)).toMatch(/Decisions made: 1\./);
    await screenshot(page, 'saves-04-storage-disabled');
  });

  it('erases everything after a confirmation', async () => {
    game = await openGame();
    const { page } = game;
    await begin(game, 'The Shelter');
    await pressButton(page, /Treat it as a safeguarding concern/);
    await page.evaluate(() => localStorage.setItem('rules-at-play:journal:the-shelter-1', '{"a reflection":"kept on the device"}'));
    await pressButton(page, 'Settings');
    await pressButton(page, 'Erase everything on this device…');
    await pressButton(page, 'Yes, erase everything');
    expect(await heading(page)).toBe('Rules at Play');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => /^rules-at-play:(save|journal|aside):/.test(k)).length)).toBe(
      0,
    );
    expect(await page.getByRole('button', { name: 'Continue The Shelter' }).count()).toBe(0);
  });
});

describe('private and careful', () => {
  it('makes no request to any origin but its own during a full playthrough', async () => {
    game = await openGame();
    const { page } = game;
    await begin(game, 'The Conference');
    await playToEnd(page, { pick: (c) => c.length - 1, name: () => ({ where: 'context', how: 'ecological' }) });
    await pressButton(page, 'Go to the debrief');
    const origin = new URL(inject('baseUrl')).origin;
    expect(game.requests.length).toBeGreaterThan(5);
    expect(game.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });

  it('offers support from the pause menu on any screen', async () => {
    game = await openGame();
    const { page } = game;
    await page.keyboard.press('Escape');
    await pressButton(page, 'Support and wellbeing');
    const support = page.getByRole('dialog', { name: 'Support and wellbeing' });
    await support.waitFor();
    expect(await support.textContent()).toMatch(/supervisor/);
    expect(await support.textContent()).not.toMatch(/\d{4} ?\d{3} ?\d{3,4}/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'safety-01-support');
  });

  it('plays by keyboard at 200% text size without losing content', async () => {
    game = await openGame();
    const { page } = game;
    // Through the CSSOM, as a user style would: the strict policy refuses inline <style> tags.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '225%', 'important'));
    await begin(game, 'Healthy Relationships');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await playToEnd(page, {
      pick: () => 0,
      onScreen: async (n) => {
        if (n === 6) await screenshot(page, 'safety-02-text-200');
      },
    });
    await pressButton(page, 'Go to the debrief');
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('passes axe in the high-contrast theme', async () => {
    game = await openGame({ beforeLoad: `localStorage.setItem('rules-at-play:settings', JSON.stringify({ contrast: true }));` });
    const { page } = game;
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('contrast');
    await begin(game, 'City Centre');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'safety-03-high-contrast');
  });
});
