// An away-day played whole on the real room server (started here on a free
// 127.0.0.1 port, serving the built pages): a facilitator's desk, a
// projector at 1920×1080 and three phones at 360×740, each in its own
// context, by keyboard. One phone reloads mid-vote and keeps its vote; the
// facilitator reloads and carries on; axe checks every page in every phase;
// at the end the room's debrief shows on the projector and the console, and
// the facilitator downloads the room's record (Markdown and PDF) and reads it.
// The projector at the first reveal, at "Name it" and at the debrief, and the
// record as downloaded, are kept under test-results/away-day/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRoomServer } from '../../src/server/room-server.ts';
import type { RunningServer } from '../../src/server/room-server.ts';
import { storyLibrary } from '../../src/server/story-library.ts';
import { compiledStory } from '../unit/story-fixture.ts';
import { COMPILE_BUDGET, ROOM_PLAY_BUDGET } from '../budgets.ts';
import { axeViolations, closeBrowser, keepScreenshot, openPage, pressButton, tabToField } from './game-page.ts';
import type { GamePage } from './game-page.ts';
import { COUNT_FRAMES, stageAsleep } from './frame-count.ts';
import { pdfText } from '../unit/journal-fixture.ts';
import { DEBRIEF_PARTS, MAX_PART_SCREENS, SMALLEST_PART_SCALE } from '../../src/room/debrief-parts.ts';

const SCENARIO = 'where-and-how';
const PHONE = { width: 360, height: 740 };
const shots = fileURLToPath(new URL('../../test-results/away-day/', import.meta.url));

let server: RunningServer;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startRoomServer({
    host: '127.0.0.1',
    port: 0,
    distDir: fileURLToPath(new URL('../../dist', import.meta.url)),
    stories: storyLibrary(new Map([[SCENARIO, compiledStory(`stories/${SCENARIO}.ink`)]])),
    // Every page here comes from 127.0.0.1: the per-address limits are the room server's own tests.
    limits: { lookupBurst: 10_000, joinBurst: 10_000 },
  });
}, COMPILE_BUDGET);

afterAll(async () => {
  await closeBrowser();
  await server?.close();
});

async function noViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), where).toEqual([]);
}

/** Keeps a full-page screenshot of each page at a phase, to look at (test-results/away-day/<phase>-<page>.png). */
async function keep(phase: string, pages: Record<string, Page>): Promise<void> {
  for (const [name, page] of Object.entries(pages)) await keepScreenshot(page, `${shots}${phase}-${name}.png`, { fullPage: true });
}

/** The console's first enabled control in "Next step", or null when there is none. */
async function nextStep(desk: Page): Promise<string | null> {
  const buttons = desk.locator('.console-controls .actions button:not([disabled])');
  return (await buttons.count()) ? (await buttons.first().innerText()).trim() : null;
}

/** What the console shows that a step changes: its controls and the story. */
const consoleState = (desk: Page) =>
  desk.evaluate(
    () => `${document.querySelector('.console-controls')?.textContent}|${document.querySelector('.console-story')?.textContent}`,
  );

async function facilitatorPresses(desk: Page, label: string): Promise<void> {
  const before = await consoleState(desk);
  await pressButton(desk, label);
  await desk.waitForFunction(
    (was) => `${document.querySelector('.console-controls')?.textContent}|${document.querySelector('.console-story')?.textContent}` !== was,
    before,
  );
}

async function downloadWith(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), pressButton(page, button)])) as [Download, void];
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** The projector as the room sees it (the 1920×1080 screen, not the whole page), with its map drawn. */
async function projectorShot(projector: Page, name: string): Promise<void> {
  await projector.locator('#stage canvas').waitFor();
  await projector.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await keepScreenshot(projector, `${shots}${name}.png`);
}

/** The projector as the room sees it at a part of the debrief with no map. */
async function projectorPartShot(projector: Page, name: string): Promise<void> {
  await projector.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await keepScreenshot(projector, `${shots}${name}.png`);
}

/** The part is the only one shown, its heading in the top third of the 1080-pixel screen, under the title and timer. */
async function expectPartAtTop(projector: Page, part: string): Promise<void> {
  await projector.locator(`[data-part="${part}"]`).waitFor();
  const place = await projector.evaluate((id) => {
    const shown = [...document.querySelectorAll<HTMLElement>('[data-part]')].filter((p) => !p.hidden).map((p) => p.dataset.part);
    const box = document.querySelector(`[data-part="${id}"] h2`)!.getBoundingClientRect();
    return { shown, top: box.top, height: innerHeight };
  }, part);
  expect(place.shown).toEqual([part]);
  expect(place.top).toBeGreaterThanOrEqual(0);
  expect(place.top).toBeLessThan(place.height / 3);
}

/** Moves the console's focus with `key` (Tab or Shift+Tab) to the control whose data-focus is `name`, as a keyboard user would. */
async function focusOn(desk: Page, name: string, key = 'Shift+Tab'): Promise<void> {
  const focused = () => desk.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.focus);
  for (let i = 0; i < 10 && (await focused()) !== name; i += 1) await desk.keyboard.press(key);
  expect(await focused()).toBe(name);
}

/** Where the projector's shown part ends, how it is laid out, and whether it says there is more below. */
const partFit = (projector: Page, id: string) =>
  projector.evaluate((id) => {
    const section = document.querySelector<HTMLElement>(`[data-part="${id}"]`)!;
    const boxes = [section, ...section.querySelectorAll<HTMLElement>('.table-scroll')];
    return {
      bottom: section.getBoundingClientRect().bottom,
      height: innerHeight,
      scrolled: scrollY,
      wider: boxes.filter((b) => b.scrollWidth > b.clientWidth + 1).length,
      scale: section.style.fontSize ? parseFloat(section.style.fontSize) : 1,
      more: !document.querySelector<HTMLElement>('.more-below')!.hidden,
    };
  }, id);

/**
 * Steps the projector through every part of the debrief from the console,
 * by keyboard: a part fits the 1920×1080 screen (shrunk, or in two columns,
 * never below SMALLEST_PART_SCALE) with no table wider than its box; or it is
 * shown at full size with "More below", and the console's "Scroll the
 * projector down" brings the rest into view a screen at a time. Keeps a
 * screenshot of each part, and of the last screen of a scrolled one
 * (test-results/away-day/projector-part-*.png).
 */
async function expectEveryPartReadable(desk: Page, projector: Page): Promise<string[]> {
  const scrolledParts: string[] = [];
  await pressButton(desk, DEBRIEF_PARTS[0]!.heading);
  for (const [index, part] of DEBRIEF_PARTS.entries()) {
    await focusOn(desk, 'part-next');
    if (index > 0) await desk.keyboard.press('Enter');
    await projector.locator(`[data-part="${part.id}"]:not([hidden])`).waitFor();
    await projectorPartShot(projector, `projector-part-${index + 1}-${part.id}`);
    let fit = await partFit(projector, part.id);
    expect.soft(fit.wider, part.id).toBe(0);
    expect.soft(fit.scale, part.id).toBeGreaterThanOrEqual(SMALLEST_PART_SCALE);
    if (fit.bottom <= fit.height) {
      expect.soft(fit.more, part.id).toBe(false);
      continue;
    }
    scrolledParts.push(part.id);
    expect.soft([fit.more, fit.scale], part.id).toEqual([true, 1]);
    await focusOn(desk, 'screen-down', 'Tab');
    for (let screen = 1; fit.more && screen <= MAX_PART_SCREENS; screen += 1) {
      const before = fit.scrolled;
      await desk.keyboard.press('Enter');
      await desk.getByText(new RegExp(`scrolled down ${screen} screens?\\.$`)).waitFor();
      await projector.waitForFunction((was) => scrollY > was, before);
      fit = await partFit(projector, part.id);
    }
    await projectorPartShot(projector, `projector-part-${index + 1}-${part.id}-last-screen`);
    expect.soft([fit.more, fit.bottom <= fit.height], `${part.id}: the end in view`).toEqual([false, true]);
  }
  return scrolledParts;
}

async function vote(phone: Page, option: number): Promise<string> {
  const text = (await phone.locator('.big-choice:not([aria-disabled])').nth(option).innerText()).trim();
  await pressButton(phone, text);
  await phone.getByText('Vote received').waitFor();
  return text;
}

async function nameIt(phone: Page): Promise<void> {
  await tabToField(phone, 'The young person');
  await phone.keyboard.press('ArrowDown');
  await tabToField(phone, 'Behaviour-based');
  await phone.keyboard.press('ArrowDown');
  await pressButton(phone, /my reading$/);
  await phone.getByText('Your reading is received').waitFor();
}

describe('an away-day room', () => {
  it(
    'plays a whole scenario with a console, a projector and three phones',
    async () => {
      const facilitator = await openPage(`${server.url}/console`);
      const desk = facilitator.page;
      await noViolations(desk, 'console: start');
      await pressButton(desk, 'Create the room');
      const code = (await desk.locator('.big-code').innerText()).trim();
      expect(code).toMatch(/^[A-Z0-9]{5}$/);
      await expect.poll(() => desk.locator('.console-join svg.qr path').getAttribute('d')).toMatch(/^M/);

      const projector = await openPage(`${server.url}/projector#${code}`, {
        viewport: { width: 1920, height: 1080 },
        beforeLoad: COUNT_FRAMES,
      });
      await projector.page.getByText(`Room code ${code}`).waitFor();
      const bodySize = await projector.page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main')!).fontSize));
      expect(bodySize).toBeGreaterThanOrEqual(28);
      await noViolations(projector.page, 'projector: lobby');

      const phones: GamePage[] = [];
      for (const agency of ['Police', 'Police', 'School']) {
        const phone = await openPage(`${server.url}/phone#${code}`, { viewport: PHONE });
        await phone.page.getByRole('heading', { name: 'Choose your seat' }).waitFor();
        if (!phones.length) await noViolations(phone.page, 'phone: seat');
        await pressButton(phone.page, new RegExp(`^${agency}`));
        await phone.page.getByText('Waiting for the facilitator to start').waitFor();
        phones.push(phone);
      }
      await noViolations(phones[0]!.page, 'phone: lobby');
      await desk.getByText('Police: 2 · School: 1').waitFor();
      await noViolations(desk, 'console: lobby');
      const all = () => ({ console: desk, projector: projector.page, phone: phones[0]!.page });
      await keep('lobby', all());

      await facilitatorPresses(desk, 'Start the scenario');
      await phones[0]!.page.getByText('Waiting for the facilitator to open a vote').waitFor();
      await noViolations(phones[0]!.page, 'phone: reading');
      await noViolations(projector.page, 'projector: reading');
      await keep('reading', all());

      let decisions = 0;
      let reloadedPhone = false;
      let reloadedFacilitator = false;
      let named = false;
      for (let turn = 0; turn < 200; turn += 1) {
        const step = await nextStep(desk);
        if (!step || step === 'Take back the last decision') break;
        if (step === 'Open “Name it”') {
          await facilitatorPresses(desk, step);
          for (const phone of phones) await nameIt(phone.page);
          if (!named) {
            await noViolations(phones[0]!.page, 'phone: naming');
            await keep('naming', all());
          }
          continue;
        }
        if (step.startsWith('Close naming')) {
          await facilitatorPresses(desk, step);
          await phones[0]!.page.getByText('Naming is closed').waitFor();
          if (!named) {
            named = true;
            await projector.page.getByRole('table', { name: 'How the room named the proposal' }).waitFor();
            // The room's spread beside the author's reading and reason; the console has the question for a disagreement.
            await projector.page.getByText(/^The author read it as/).waitFor();
            expect(await projector.page.locator('.naming .author-row').count()).toBe(1);
            expect(await projector.page.locator('.author-reading-box').innerText()).toMatch(/\d of 3 in the room read it the same way/);
            // The scenario's author wrote the question for this moment (facilitator-name-it-ask).
            expect(await desk.locator('.naming-ask').innerText()).toMatch(
              /Ask: Where did the head teacher.+\?\s+From the author’s notes\./,
            );
            expect(await projector.page.locator('.naming-ask').count()).toBe(0);
            await projector.page.locator('.name-it-reveal').scrollIntoViewIfNeeded();
            await projectorShot(projector.page, 'projector-name-it');
            await noViolations(projector.page, 'projector: named');
            await noViolations(desk, 'console: named');
            await noViolations(phones[0]!.page, 'phone: named');
            await keep('named', all());
          }
          continue;
        }
        if (step === 'Continue the story') {
          await facilitatorPresses(desk, step);
          continue;
        }
        if (step === 'Open the vote') {
          await facilitatorPresses(desk, step);
          for (const phone of phones) await phone.page.getByRole('heading', { name: 'Vote' }).waitFor();
          const first = decisions === 0;
          // Two phones vote for the first option, one for the second; the first time, one changes its mind.
          if (first) await vote(phones[1]!.page, 1);
          const kept = await vote(phones[1]!.page, 0);
          if (first && !reloadedPhone) {
            reloadedPhone = true;
            await phones[1]!.page.reload();
            await phones[1]!.page.getByText('Vote received').waitFor();
            await expect.poll(() => phones[1]!.page.locator('[aria-pressed="true"]').innerText()).toBe(kept);
          }
          await vote(phones[0]!.page, 0);
          await vote(phones[2]!.page, 1);
          await desk.getByText('Voting is open: 3 of 3 have voted.').waitFor();
          // Until the reveal the console and the projector know how many, never what.
          expect(await desk.locator('table.tally').count()).toBe(0);
          expect(await projector.page.locator('table.tally').count()).toBe(0);
          if (first) {
            await noViolations(phones[0]!.page, 'phone: voting');
            await noViolations(desk, 'console: voting');
            await noViolations(projector.page, 'projector: voting');
            await keep('voting', all());
          }
          await facilitatorPresses(desk, 'Reveal the votes');
          await projector.page.locator('table.tally').waitFor();
          if (first) {
            const totals = await projector.page.locator('table.tally tbody tr td:first-of-type').allInnerTexts();
            expect(totals.map(Number).reduce((a, b) => a + b, 0)).toBe(3);
            await projector.page.locator('#stage canvas').waitFor();
            await projector.page.evaluate(
              () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
            );
            await keepScreenshot(projector.page, `${shots}projector-reveal.png`);
            // The votes drawn, the stage sleeps: a still picture costs a projector laptop without a GPU no frames.
            expect(await stageAsleep(projector.page), 'the projector stage asleep once the votes are drawn').toBe(true);
            await noViolations(projector.page, 'projector: revealed');
            await phones[0]!.page.getByRole('heading', { name: 'How the room voted' }).waitFor();
            await noViolations(phones[0]!.page, 'phone: revealed');
            await noViolations(desk, 'console: revealed');
            await keep('revealed', all());
          }
          continue;
        }
        if (step === 'Decide by the majority' || step === 'Vote again') {
          if (step === 'Decide by the majority') await facilitatorPresses(desk, step);
          else await facilitatorPresses(desk, (await desk.locator('.decide-list button').first().innerText()).trim());
          decisions += 1;
          if (!reloadedFacilitator) {
            reloadedFacilitator = true;
            await desk.reload();
            await desk.locator('.console-controls .actions button').first().waitFor();
            expect(await desk.getByText('Take back the last decision').isEnabled()).toBe(true);
          }
          continue;
        }
        throw new Error(`The console offered "${step}", which this test does not know`);
      }
      expect(reloadedPhone && reloadedFacilitator && named).toBe(true);
      expect(decisions).toBeGreaterThan(2);
      await desk.getByText('The scenario has ended.').first().waitFor();
      for (const phone of phones) await phone.page.getByRole('heading', { name: 'The scenario has ended' }).waitFor();
      // The projector opens at the ending; what the room decided is the next part (counted here, shown below).
      await projector.page.getByRole('heading', { name: 'The ending' }).waitFor();
      expect(await projector.page.locator('[data-part="decided"] .decisions li').count()).toBe(decisions);
      await noViolations(desk, 'console: ended');
      await noViolations(projector.page, 'projector: ended');
      await noViolations(phones[0]!.page, 'phone: ended');

      // The room's debrief: whole on the console, a part at a time on the projector, never on a phone.
      await desk.getByRole('heading', { name: "The room's debrief" }).waitFor();
      for (const part of [
        "Each agency's votes on the map",
        /^Where the room split most/,
        'The pressure the game applied',
        'Questions for the room',
      ])
        await desk.getByRole('heading', { name: part }).waitFor();
      // Three phones (police 2, school 1): no group of one, so every count is in "Other seats".
      for (const page of [projector.page, desk])
        expect(await page.locator('table.profiles tbody th').allTextContents()).toEqual(['Other seats']);
      expect(await phones[0]!.page.getByRole('heading', { name: "The room's debrief" }).count()).toBe(0);
      await phones[0]!.page.getByText('the record the facilitator takes holds totals only').waitFor();
      const debriefSize = await projector.page.evaluate(() =>
        parseFloat(getComputedStyle(document.querySelector('.room-prompts li')!).fontSize),
      );
      expect(debriefSize).toBeGreaterThanOrEqual(28);
      // The solo debrief's sections, read back to a room, speak of the room.
      const consoleDebriefText = await desk.locator('.room-debrief').innerText();
      expect(consoleDebriefText).toContain('The room named');
      expect(consoleDebriefText).not.toMatch(/\bYou (named|chose|were not asked)\b|\bYour (reading|goal|labels)\b/);
      // The projector starts at the story's ending, alone; the rest of the debrief waits for the console.
      await projector.page.getByRole('heading', { name: 'The ending' }).waitFor();
      await projector.page.getByText(/^The scenario has ended. The room's debrief: part 1 of \d+, the ending.$/).waitFor();
      expect(await projector.page.getByRole('heading', { name: 'Questions for the room' }).count()).toBe(0);
      // A timer for the debrief conversation, shown on the projector.
      await pressButton(desk, '15 minutes');
      await projector.page.getByText(/^Discussion: 1[45]:\d\d left$/).waitFor();
      await projectorPartShot(projector.page, 'projector-part-ending');
      // The facilitator moves the projector from the console, by keyboard: the chosen part alone, at the top of the screen.
      await desk.getByRole('heading', { name: 'On the projector:' }).waitFor();
      await pressButton(desk, 'Where the room split most');
      await projector.page.getByRole('heading', { name: /^Where the room split most/ }).waitFor();
      await expectPartAtTop(projector.page, 'split');
      await desk.locator('[data-focus="part-split"][aria-pressed="true"]').waitFor();
      expect(await desk.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.focus)).toBe('part-split');
      expect(await desk.locator('.part-list [aria-pressed="true"]').count()).toBe(1);
      await projectorPartShot(projector.page, 'projector-part-split');
      await keepScreenshot(desk.locator('.console-steer'), `${shots}console-steer.png`);
      await noViolations(desk, 'console: steering the projector');
      await noViolations(projector.page, 'projector: a part of the debrief');
      // Previous steps back one part: the agencies' votes, with the session's votes on the map above them.
      await pressButton(desk, 'Previous part');
      await projector.page.getByRole('heading', { name: "Each agency's votes on the map" }).waitFor();
      expect(await projector.page.getByRole('heading', { name: /^Where the room split most/ }).count()).toBe(0);
      await projectorShot(projector.page, 'projector-part-votes');
      await pressButton(desk, 'Next part');
      await expectPartAtTop(projector.page, 'split');
      // This story's plan and "What each choice cost" are longer than the screen: the console scrolls them.
      expect(await expectEveryPartReadable(desk, projector.page)).toEqual(expect.arrayContaining(['plan', 'ledger']));
      await keep('ended', all());

      // The room's record, made in the console's browser: totals only.
      const markdown = await downloadWith(desk, 'Download the record (Markdown)');
      expect(markdown.name).toMatch(new RegExp(`^away-day-${SCENARIO}-\\d{4}-\\d{2}-\\d{2}\\.md$`));
      const record = markdown.bytes.toString('utf8');
      writeFileSync(`${shots}room-record.md`, markdown.bytes);
      const title = await projector.page.locator('.projector-head h1').innerText();
      expect(record).toContain(`# Away-day record: ${title}`);
      expect(record).toContain('Other seats: 3');
      expect(record).not.toMatch(/Police: \d|School: \d|Phone \d|\bs\d\b/);
      for (let turn = 1; turn <= decisions; turn += 1) expect(record).toContain(`Decision ${turn}: `);
      expect(record).toMatch(/Decided by the room's majority\./);
      expect(record).toContain('Where the room split most');
      await desk.getByText(`Downloaded ${markdown.name}.`).waitFor();
      const pdf = await downloadWith(desk, 'Download the record (PDF)');
      expect(pdf.name).toBe(markdown.name.replace(/\.md$/, '.pdf'));
      writeFileSync(`${shots}room-record.pdf`, pdf.bytes);
      const text = (await pdfText(new Uint8Array(pdf.bytes))).replace(/\s+/g, ' ');
      for (const part of ['Away-day record', 'Participants', 'Other seats: 3', 'Decision 1:', 'Where the room split most', 'Totals only'])
        expect(text).toContain(part);
      expect(text).not.toMatch(/Police: \d|School: \d/);

      await pressButton(desk, 'Close the room…');
      await desk.getByRole('dialog', { name: 'Close the room?' }).waitFor();
      await pressButton(desk, 'Close the room');
      await desk.getByRole('heading', { name: 'The room is closed' }).waitFor();
      for (const phone of phones) await phone.page.getByText('You are no longer in the room').waitFor();
      await projector.page.getByText('The room has closed').waitFor();
      await expect.poll(() => server.liveRooms()).toBe(0);
      for (const page of [facilitator, projector, ...phones]) expect(page.errors.filter((e) => !/WebGL|GL Driver/.test(e))).toEqual([]);
    },
    ROOM_PLAY_BUDGET,
  );
});
