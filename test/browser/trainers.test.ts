// The "For trainers" page, by keyboard from the game's title screen: axe finds
// nothing, and a scenario's facilitator guide (PDF) and role cards (Markdown)
// download and read as what they say they are.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { axeViolations, closeBrowser, heading, openGame, pressButton, screenshot } from './game-page.ts';
import type { GamePage } from './game-page.ts';
import { pdfText } from '../unit/journal-fixture.ts';

const FIRST = 'Where and How (induction)';

let game: GamePage;
beforeAll(async () => {
  game = await openGame();
});
afterAll(async () => {
  await game.close();
  await closeBrowser();
});

async function downloadWith(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), pressButton(page, button)])) as [Download, void];
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

describe('for trainers', () => {
  it('is reached from the title screen by keyboard, and axe finds nothing on it', async () => {
    const { page } = game;
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    await screenshot(page, 'title-with-trainers-link');
    await Promise.all([page.waitForURL(/trainers\.html$/), pressButton(page, 'For trainers: facilitator guides and role cards')]);
    await page.getByRole('heading', { name: 'Guides and role cards' }).waitFor();
    expect(await heading(page)).toBe('For trainers');
    expect(await page.locator('.scenario-card h3').allTextContents()).toContain(FIRST);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'trainers-page');
  });

  it("downloads the first scenario's facilitator guide as PDF and its role cards as Markdown", async () => {
    const { page } = game;
    const guide = await downloadWith(page, 'Facilitator guide (PDF)');
    expect(guide.name).toBe('facilitator-guide-where-and-how-induction.pdf');
    const text = (await pdfText(new Uint8Array(guide.bytes))).replace(/\s+/g, ' ');
    for (const part of [
      'Facilitator guide: Where and How (induction)',
      'A 60-minute session',
      'A 90-minute session',
      'The video',
      'Ask the room:',
    ])
      expect(text).toContain(part);
    await page.waitForFunction(() =>
      document
        .querySelector('.scenario-card [role="status"]')
        ?.textContent?.startsWith('Made facilitator-guide-where-and-how-induction.pdf'),
    );
    const cards = await downloadWith(page, 'Role cards (Markdown)');
    expect(cards.name).toBe('role-cards-where-and-how-induction.md');
    const markdown = cards.bytes.toString('utf8');
    for (const part of [
      '# Role cards: Where and How (induction)',
      '## Police',
      'PC Lewis Hart',
      'What presses on you in Where and How (induction)',
    ])
      expect(markdown).toContain(part);
    expect(game.errors).toEqual([]);
    await screenshot(page, 'trainers-page-after-downloads');
  });
});
