// A finished scenario's story is not kept for the rest of the page's life
// (issue 19: memory flat over an away-day of scenarios in one tab). Once
// the player is back at the scenario list, no copy of the story's compiled
// JSON is left in the page's heap; the same look during play finds it, so
// the look can tell the difference.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, heading, openGame, playToEnd, pressButton } from './game-page.ts';

const TITLE = 'Where and How (induction)';
// How the story's compiled JSON begins, as a heap snapshot writes a string.
const STORY_TEXT = JSON.stringify(`"^title: ${TITLE}"`).slice(1, -1);

/** The page's heap, after garbage collection, as the text of a heap snapshot. */
async function heapSnapshot(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return chunks.join('');
}

afterAll(closeBrowser);

describe("a finished scenario's story", () => {
  it('is in memory while it is played, and gone once the player is back at the scenario list', async () => {
    const game = await openGame();
    try {
      const { page } = game;
      await pressButton(page, `Read the briefing for ${TITLE}`);
      await pressButton(page, 'Begin the scenario');
      await page.getByRole('group', { name: 'Choices' }).waitFor();
      expect((await heapSnapshot(page)).includes(STORY_TEXT)).toBe(true);

      await playToEnd(page, { pick: () => 0 });
      await pressButton(page, 'Go to the debrief');
      await pressButton(page, 'Back to the scenarios');
      expect(await heading(page)).toBe('Rules at Play');
      expect((await heapSnapshot(page)).includes(STORY_TEXT)).toBe(false);
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  });
});
