// Every scenario in the list can be played to its debrief by keyboard in the
// real game, with no console error and no axe violation at either end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, closeBrowser, heading, openGame, playToEnd, pressButton, screenshot } from './game-page.ts';
import type { GamePage } from './game-page.ts';

const SCENARIOS = [
  ['where-and-how', 'Where and How (induction)'],
  ['city-centre', 'City Centre'],
  ['after-the-shooting', 'After the Shooting'],
  ['healthy-relationships', 'Healthy Relationships'],
  ['the-conference', 'The Conference'],
] as const;

let game: GamePage;
beforeAll(async () => {
  game = await openGame();
});
afterAll(async () => {
  await game.close();
  await closeBrowser();
});

describe.each(SCENARIOS)('%s', (id, title) => {
  it('plays from the list to the debrief', async () => {
    const { page } = game;
    await pressButton(page, `Read the briefing for ${title}`);
    // The briefing opens once the scenarios' details are in (fetched just after the title is usable).
    await page.getByRole('heading', { level: 1, name: `Before you begin: ${title}` }).waitFor();
    await pressButton(page, 'Begin the scenario');
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `${id}-01-start`);
    let named = 0;
    // Alternate between the last and first choice, so different parts of each story are seen.
    await playToEnd(page, {
      pick: (choices) => ((choices.length + named) % 2 === 0 ? choices.length - 1 : 0),
      name: () => {
        named += 1;
        return named % 2 ? { where: 'context', how: 'ecological' } : null;
      },
      onScreen: async (n, p) => {
        if (n === 7) await screenshot(p, `${id}-02-decision-7`);
      },
    });
    expect(named).toBeGreaterThanOrEqual(3);
    await pressButton(page, 'Go to the debrief');
    expect(await heading(page)).toBe(`Debrief: ${title}`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `${id}-03-debrief`);
    expect(game.errors).toEqual([]);
    await pressButton(page, 'Back to the scenarios');
    expect(await heading(page)).toBe('Rules at Play');
  });
});
