// The journal in the real game, by keyboard: finish a scenario giving reasons,
// write a reflection (including text that looks like markup), download the
// CPD record as PDF and Markdown and a certificate, and find it all again
// after a reload. What the player wrote is never markup, anywhere.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import MarkdownIt from 'markdown-it';
import type { Download, Page } from 'playwright-core';
import { axeViolations, closeBrowser, openGame, playToEnd, pressButton, screenshot, tabTo, tabToField } from './game-page.ts';
import type { GamePage } from './game-page.ts';
import { pdfText } from '../unit/journal-fixture.ts';

const TITLE = 'Where and How (induction)';
const INJECTION = '<img src=x onerror="window.hacked=1"> [link](javascript:alert(1)) # not a heading';
const REASON = 'Assemblies reach the whole year, not one boy';

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

const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('journal and CPD record', () => {
  it('finishes a scenario with reasons and opens the reflection with hints from it', async () => {
    const { page } = game;
    await pressButton(page, `Read the briefing for ${TITLE}`);
    await pressButton(page, 'Begin the scenario');
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await playToEnd(page, { pick: () => 0, why: (n) => (n === 1 ? REASON : undefined) });
    await pressButton(page, 'Go to the debrief');
    // The reason is kept with its decision in the debrief's table too.
    expect(await page.locator('.plan-table').textContent()).toContain(`Your reason: ${REASON}`);
    await pressButton(page, 'Write your reflection');
    await page.getByRole('heading', { level: 1, name: `Reflection: ${TITLE}` }).waitFor();
    expect(await page.locator('.hint').count()).toBe(6);
    expect(await page.locator('.hint').first().textContent()).toMatch(/From your playthrough: You made \d+ decisions/);
    // Every free-text field carries the reminder, linked so a screen reader hears it.
    const fields = page.locator('main textarea, main input[type="text"]');
    const reminders = await fields.evaluateAll((all) =>
      all.map((f) =>
        (f.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      ),
    );
    expect(reminders.length).toBeGreaterThan(15);
    for (const text of reminders) expect(text).toMatch(/No names or details that could identify anyone|not kept/);
    expect(await page.locator('main input[type="text"]').evaluateAll((all) => all.map((i) => (i as HTMLInputElement).value))).toContain(
      REASON,
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'journal-01-reflection');
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'contrast';
    });
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'standard';
    });
  });

  it('keeps the reflection as plain text while it is typed', async () => {
    const { page } = game;
    await page.locator('h1').focus();
    await tabToField(page, 'Feelings');
    await page.keyboard.type(INJECTION);
    await tabToField(page, 'Conclusion');
    await page.keyboard.type('WHERE a plan acts is not HOW it acts.');
    await tabToField(page, 'What you learned from discussing it with a peer');
    await page.keyboard.type('My supervisor would have asked the school first.');
    await page.locator('.save-status', { hasText: 'Saved on this device.' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
  });

  it('downloads the CPD record as PDF and Markdown, and a certificate', async () => {
    const { page } = game;
    await page.locator('h1').focus();
    const pdf = await downloadWith(page, 'Download the CPD record (PDF)');
    expect(pdf.name).toMatch(/^cpd-record-where-and-how-induction-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = squash(await pdfText(new Uint8Array(pdf.bytes)));
    for (const part of [
      'Type of activity',
      'Short description',
      'Why it is relevant to my practice',
      'What I learned',
      'The impact on my practice',
      'The impact on the people I work with',
      'What I learned from discussing it with a peer',
      'Feelings',
      'Action plan',
      'Decisions and my reasons',
      'Professional Capabilities Framework',
      INJECTION,
      REASON,
      'WHERE a plan acts is not HOW it acts.',
      'My supervisor would have asked the school first.',
    ]) {
      expect(text).toContain(part);
    }
    await page.locator('.export-status', { hasText: `Made ${pdf.name}` }).waitFor();

    await page.locator('h1').focus();
    const markdown = await downloadWith(page, 'Download the CPD record (Markdown)');
    expect(markdown.name).toMatch(/\.md$/);
    const html = new MarkdownIt({ html: true }).render(markdown.bytes.toString('utf8'));
    expect(html).not.toMatch(/<img|<a |<h1>not a heading/i);
    expect(html).toContain('&lt;img src=x onerror=&quot;window.hacked=1&quot;&gt; [link](javascript:alert(1)) # not a heading');

    await tabToField(page, 'Your name, as it should appear on the certificate');
    await page.keyboard.type('Sam Example');
    const certificate = await downloadWith(page, 'Download the certificate (PDF)');
    const certificateText = squash(await pdfText(new Uint8Array(certificate.bytes)));
    for (const part of ['Certificate of completion', 'Sam Example', TITLE, 'minute']) expect(certificateText).toContain(part);
    await screenshot(page, 'journal-02-downloads');
  });

  it('makes the Welsh reflective record, with time left out when chosen', async () => {
    const { page } = game;
    await page.locator('h1').focus();
    await tabToField(page, /England: Social Work England/);
    await page.keyboard.press('ArrowDown');
    await tabToField(page, /Include the time spent/);
    await page.keyboard.press('Space');
    const markdown = (await downloadWith(page, 'Download the CPD record (Markdown)')).bytes.toString('utf8');
    expect(markdown).toContain('Social Care Wales');
    expect(markdown).toContain('Code of Professional Practice for Social Care');
    expect(markdown).not.toContain('Time spent');
    expect(markdown).not.toContain('Professional Capabilities Framework');
  });

  it('finds the entry in the journal after a reload, editable, and deletes it on request', async () => {
    const { page } = game;
    await page.reload();
    await pressButton(page, 'Open your journal');
    await page.getByRole('heading', { level: 1, name: 'Your journal' }).waitFor();
    expect(await page.locator('.scenario-card').textContent()).toMatch(
      /Reflection: 2 of 6 steps written\. Reasons given for 1 of \d+ decisions\. Peer discussion recorded\./,
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'journal-03-journal');
    await pressButton(page, 'Open');
    await page.getByRole('heading', { level: 1, name: `Reflection: ${TITLE}` }).waitFor();
    expect(await page.getByLabel('Feelings').inputValue()).toBe(INJECTION);
    expect(game.errors).toEqual([]);

    // If the PDF's font cannot be fetched, the player is told, and the Markdown still works.
    await page.route(/\.ttf$/, (route) => route.abort());
    await page.locator('h1').focus();
    await pressButton(page, 'Download the CPD record (PDF)');
    await page.locator('.export-status', { hasText: 'The PDF record could not be made: the font for PDFs could not be loaded' }).waitFor();
    expect(await page.locator('.export-status').textContent()).toContain('Nothing you wrote has been lost.');
    expect((await downloadWith(page, 'Download the CPD record (Markdown)')).name).toMatch(/\.md$/);
    await page.unroute(/\.ttf$/);
    game.errors.splice(0, game.errors.length, ...game.errors.filter((e) => !/Failed to load resource/.test(e)));

    await page.locator('h1').focus();
    await pressButton(page, 'Open your journal');
    await page.getByRole('heading', { level: 1, name: 'Your journal' }).waitFor();
    await pressButton(page, 'Delete…');
    await tabTo(page, 'Yes, delete it');
    await page.keyboard.press('Enter');
    await page.getByText('There are no entries yet.').waitFor();
    expect(game.errors).toEqual([]);
    const origin = new URL(inject('baseUrl')).origin;
    expect(game.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
  });
});

describe('a damaged journal entry', () => {
  it('is reported in plain words and kept aside, unchanged', async () => {
    const damaged = await openGame({
      beforeLoad: `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('rules-at-play:journal:the-shelter-x', '{"version":1,"id":"the-shel'); }`,
    });
    try {
      const { page } = damaged;
      await pressButton(page, 'Open your journal');
      await page.getByRole('heading', { level: 1, name: 'Your journal' }).waitFor();
      expect(await page.getByRole('alert').textContent()).toMatch(
        /A journal entry could not be opened\. The entry is damaged .* kept aside on this device, unchanged/,
      );
      expect(
        await page.evaluate(() =>
          Object.entries(localStorage)
            .filter(([k]) => k.startsWith('rules-at-play:aside:journal-the-shelter-x:'))
            .map(([, v]) => v),
        ),
      ).toEqual(['{"version":1,"id":"the-shel']);
      expect(await axeViolations(page)).toEqual([]);
      expect(damaged.errors).toEqual([]);
    } finally {
      await damaged.close();
    }
  });
});

describe('a journal whose code cannot load', () => {
  it('says so in plain words instead of showing nothing', async () => {
    const offline = await openGame();
    try {
      const { page } = offline;
      await page.route(/journal-views-.*\.js$/, (route) => route.abort());
      await pressButton(page, 'Open your journal');
      expect(await page.getByRole('alert').textContent()).toMatch(
        /The journal could not be opened: part of the game did not load\..*nothing in your journal has been lost/,
      );
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await offline.close();
    }
  });
});

describe("a journal opened before the scenarios' details are in", () => {
  it('opens all the same when they arrive while its own code is loading, as on a slow connection', async () => {
    const slow = await openGame();
    try {
      const { page } = slow;
      // The order of a slow connection, made sure: the details (the catalogue and the scenario screens) wait until
      // the journal's code has been asked for, and the journal's code waits until the details are in and sent.
      let journalAsked!: () => void;
      const asked = new Promise<void>((done) => (journalAsked = done));
      let detailsIn!: () => void;
      const inAndSent = new Promise<void>((done) => (detailsIn = done));
      let detailsServed = 0;
      await page.route(/(_virtual_story-catalogue|scenario-views)-[^/]*\.js$/, async (route) => {
        await asked;
        await route.fulfill({ response: await route.fetch() });
        // Both in: a moment for the page to run them and tell the game (DETAILS), then the journal's code may come.
        if (++detailsServed === 2) {
          await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
          detailsIn();
        }
      });
      await page.route(/journal-views-[^/]*\.js$/, async (route) => {
        journalAsked();
        await inAndSent;
        await route.continue();
      });
      await page.reload();
      await pressButton(page, 'Open your journal');
      await page.getByRole('heading', { level: 1, name: 'Your journal' }).waitFor({ timeout: 10_000 });
      expect(detailsServed).toBe(2);
    } finally {
      await slow.close();
    }
  });
});
