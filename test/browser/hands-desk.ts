// Drives the console and projector windows of a show of hands by keyboard,
// for test/browser/away-day-hands.test.ts: the console may be a page or a
// frame inside one (a learning system's page), so keys go to the page and
// questions go to the console's document.
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

export const SCENARIO = 'Where and How (induction)';
export const shots = fileURLToPath(new URL('../../test-results/away-day-hands/', import.meta.url));

/** Where the console's document is: a page, or a frame inside one. Keys go to the page; questions to the document. */
export interface Desk {
  page: Page;
  doc: Page | Frame;
}

const focusedText = (doc: Page | Frame) =>
  doc.evaluate(() => {
    const active = document.activeElement as HTMLInputElement | null;
    if (!active || active === document.body) return { text: '', label: '' };
    return { text: (active.textContent ?? '').trim(), label: active.labels?.[0]?.textContent?.trim() ?? '' };
  });

/** Presses Tab until the focused control's text (or its label) matches, as a keyboard user would. */
export async function tabTo(desk: Desk, name: string | RegExp, field = false, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await desk.page.keyboard.press('Tab');
    const focused = await focusedText(desk.doc);
    const text = field ? focused.label : focused.text;
    if (typeof name === 'string' ? text === name : name.test(text)) return;
  }
  await desk.page.screenshot({ path: `${shots}lost-the-way.png`, fullPage: true });
  throw new Error(`Could not reach "${name}" with the Tab key (test-results/away-day-hands/lost-the-way.png)`);
}

export async function press(desk: Desk, name: string | RegExp): Promise<void> {
  await tabTo(desk, name);
  await desk.page.keyboard.press('Enter');
}

/** Replaces what the focused box holds. */
async function retype(desk: Desk, value: string): Promise<void> {
  await desk.page.keyboard.press('Control+A');
  await desk.page.keyboard.press('Backspace');
  if (value) await desk.page.keyboard.type(value);
}

/** Types a count into the next box labelled `label`, after what has focus now. */
async function type(desk: Desk, label: string | RegExp, value: string): Promise<void> {
  await tabTo(desk, label, true);
  await retype(desk, value);
}

/** What a step changes on the console: its controls and its story. */
const deskState = (doc: Page | Frame) =>
  doc.evaluate(
    () => `${document.querySelector('.console-controls')?.textContent}|${document.querySelector('.console-story')?.textContent}`,
  );

async function step(desk: Desk, act: () => Promise<void>): Promise<void> {
  const before = await deskState(desk.doc);
  await act();
  await desk.doc.waitForFunction(
    (was) => `${document.querySelector('.console-controls')?.textContent}|${document.querySelector('.console-story')?.textContent}` !== was,
    before,
  );
}

/** The projector has caught up when it shows the phase words the console shows. */
async function inStep(desk: Desk, projector: Page): Promise<void> {
  const words = await desk.doc.locator('.console-words').innerText();
  await projector.waitForFunction((shown) => document.querySelector('.phase-words')?.textContent === shown, words);
}

export interface Session {
  desk: Desk;
  projector: Page;
  /** Runs at each new screen the first time it is seen (axe, screenshots); `name` says which. */
  look?: (name: string) => Promise<void>;
  /** Reloads the console once, after the first decision, and comes back to the same place. */
  reload?: () => Promise<void>;
}

async function nextStep(desk: Desk): Promise<string | null> {
  if (await desk.doc.locator('.hands-form h3', { hasText: 'Count the hands' }).count()) return 'count';
  if (await desk.doc.locator('.hands-form h3', { hasText: 'Count the readings' }).count()) return 'count-readings';
  const buttons = desk.doc.locator('.console-controls .actions button:not([disabled])');
  return (await buttons.count()) ? (await buttons.first().innerText()).trim() : null;
}

/** Changes the police seats under "Change the seats", then checks the first count box still holds `typed` and presses Show the count. */
async function seatsThenCount(desk: Desk, police: string, seatsLine: string, typed: string): Promise<void> {
  const summary = desk.doc.locator('.seats-later summary');
  if (!(await desk.doc.locator('.seats-later').evaluate((d) => (d as HTMLDetailsElement).open))) await press(desk, 'Change the seats');
  expect(await summary.count()).toBe(1);
  await type(desk, 'Police', police);
  await press(desk, 'Save the seats');
  await desk.doc.getByText(seatsLine).waitFor();
  expect(await desk.doc.locator('.console-controls .hands-form > .count-row input').first().inputValue()).toBe(typed);
  await press(desk, 'Show the count');
}

/** Plays from the lobby to the ending; returns how many decisions were made. */
export async function playToEnd({ desk, projector, look, reload }: Session): Promise<number> {
  const seen = new Set<string>();
  const once = async (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    await inStep(desk, projector);
    await look?.(name);
  };
  let decisions = 0;
  for (let turn = 0; turn < 200; turn += 1) {
    const next = await nextStep(desk);
    if (!next || next === 'Take back the last decision') break;
    if (next === 'count-readings') {
      await once('naming');
      if (!seen.has('naming-bad')) {
        seen.add('naming-bad');
        // A count that is not a number is named in words, and its box is focused.
        await type(desk, /^The young person · Behaviour-based/, 'lots');
        await press(desk, 'Show the room’s reading');
        await desk.doc.getByText('type a whole number from 0 to 80').waitFor();
        expect(await desk.doc.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('lots');
        await once('naming-error');
        await retype(desk, '4');
      } else await type(desk, /^The young person · Behaviour-based/, '4');
      await type(desk, /^The context · Ecological/, '2');
      await step(desk, () => press(desk, 'Show the room’s reading'));
      await projector.getByRole('table', { name: 'How the room named the proposal' }).waitFor();
      await once('named');
      continue;
    }
    if (next === 'count') {
      const options = await desk.doc.locator('.console-controls .hands-form > .count-row label').allInnerTexts();
      expect(options.length).toBeGreaterThan(0);
      await once('voting');
      if (decisions === 0 && !seen.has('by-agency')) {
        seen.add('by-agency');
        // Too many hands for the seats: refused in words, nothing lost.
        await type(desk, options[0]!, '9');
        await press(desk, 'Show the count');
        await desk.doc.getByText('9 hands counted, but the seats hold 6 people').waitFor();
        await once('count-error');
        // Someone comes in mid-count: the seats change, the count form is rebuilt, and the count typed stays.
        await seatsThenCount(desk, '4', 'Police: 4 · School: 2 · Health: 1', '9');
        await desk.doc.getByText('9 hands counted, but the seats hold 7 people').waitFor();
        await seatsThenCount(desk, '3', 'Police: 3 · School: 2 · Health: 1', '9');
        // By agency, totals left empty: 2 police and 2 school for the first option, 1 police and the lone health seat for the second.
        expect(options.length).toBeGreaterThan(1);
        await type(desk, options[0]!, '');
        await press(desk, 'Count by agency too (optional)');
        const byAgency: Record<string, string[]> = { police: ['2', '1'], school: ['2', ''], health: ['', '1'] };
        for (const [agency, counts] of Object.entries(byAgency)) {
          for (let option = 0; option < options.length; option += 1) {
            await desk.page.keyboard.press('Tab');
            expect(await desk.doc.evaluate(() => document.activeElement?.id)).toMatch(new RegExp(`^hands-${agency}-\\d+$`));
            await retype(desk, counts[option] ?? '');
          }
        }
        await step(desk, () => press(desk, 'Show the count'));
        const table = projector.locator('table.tally');
        await table.waitFor();
        // The lone health hand is counted with the smallest group as "Other seats": no group of one is shown.
        const heads = await table.locator('thead th').allInnerTexts();
        expect(heads).not.toContain('Health');
        expect(heads).toContain('Other seats');
        const totals = await table.locator('tbody tr td:first-of-type').allInnerTexts();
        expect(totals.map(Number).reduce((a, b) => a + b, 0)).toBe(6);
      } else {
        await type(desk, options[0]!, '4');
        if (options.length > 1) await type(desk, options[1]!, '2');
        await step(desk, () => press(desk, 'Show the count'));
        await projector.locator('table.tally').waitFor();
      }
      if (!seen.has('revealed')) {
        // The discussion timer counts down on both windows, with no server to tick it.
        await press(desk, '2 minutes');
        await projector.getByText(/^Discussion: [12]:\d\d left$/).waitFor();
        await press(desk, 'Stop the timer');
        await expect.poll(() => projector.locator('.timer').innerText()).toBe('');
      }
      await once('revealed');
      continue;
    }
    if (next === 'Decide by the majority' || next === 'Vote again') {
      if (next === 'Decide by the majority') await step(desk, () => press(desk, next));
      else await step(desk, async () => press(desk, (await desk.doc.locator('.decide-list button').first().innerText()).trim()));
      decisions += 1;
      if (decisions === 1 && reload) await reload();
      continue;
    }
    if (['Start the scenario', 'Open “Name it”', 'Continue the story', 'Open the vote'].includes(next)) {
      await step(desk, () => press(desk, next));
      if (next === 'Start the scenario') await once('reading');
      continue;
    }
    throw new Error(`The console offered "${next}", which this test does not know`);
  }
  await desk.doc.getByText('The scenario has ended.').first().waitFor();
  // The projector opens at the ending; what the room decided is the debrief's next part.
  await projector.getByRole('heading', { name: 'The ending' }).waitFor();
  await expect.poll(() => projector.locator('[data-part="decided"] .decisions li').count()).toBe(decisions);
  await once('ended');
  return decisions;
}

/** From the start screen: a show of hands of the scenario, the projector window opened, six people seated. */
export async function openSession(desk: Desk, context: BrowserContext): Promise<Page> {
  await tabTo(desk, 'Scenario', true);
  // The induction scenario comes first in the list.
  expect(await desk.doc.locator('#scenario option:checked').innerText()).toBe(SCENARIO);
  await tabTo(desk, 'Phones (room server)', true);
  await desk.page.keyboard.press('ArrowDown');
  expect(await desk.doc.locator('#hands').isChecked()).toBe(true);
  await press(desk, 'Create the room');
  await desk.doc.getByRole('button', { name: 'Open the projector window' }).waitFor();
  const opened = context.waitForEvent('page');
  await press(desk, 'Open the projector window');
  const projector = await opened;
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.getByRole('heading', { name: SCENARIO }).waitFor();
  await desk.doc.getByText('The projector window is open').waitFor();
  for (const [agency, people] of [
    ['Police', '3'],
    ['School', '2'],
    ['Health', '1'],
  ] as const)
    await type(desk, agency, people);
  await press(desk, 'Save the seats');
  await desk.doc.getByText('Police: 3 · School: 2 · Health: 1').waitFor();
  await projector.getByText('Police 3 people').waitFor();
  return projector;
}

export async function closeSession(desk: Desk, projector: Page): Promise<void> {
  await press(desk, 'Close the room…');
  await desk.doc.getByRole('dialog', { name: 'Close the room?' }).waitFor();
  await press(desk, /^Close the room$/);
  await desk.doc.getByRole('heading', { name: 'The session is closed' }).waitFor();
  await projector.getByText('The room has closed').waitFor();
  expect(await desk.doc.evaluate(() => sessionStorage.getItem('away-day:hands'))).toBeNull();
}
