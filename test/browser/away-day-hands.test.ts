// An away-day with no phones and no server: the console served as plain
// files (the preview server, no room server), a show of hands typed in by
// the facilitator, and the projector as a second window of the same browser
// kept in step without a server. Played whole by keyboard twice:
//
// 1. The console as a page of its own: the projector hears it on a
//    BroadcastChannel. Axe on every new screen, screenshots of each phase
//    (test-results/away-day-hands/), a console reload mid-session, bad counts
//    answered in words.
// 2. The console inside a cross-site frame (as in a learning system's page),
//    in a Chromium with third-party storage partitioning ON, as real Chromium
//    has it. Playwright turns it off by default (--disable-features=…
//    ThirdPartyStoragePartitioning…), which lets a BroadcastChannel reach
//    from the frame to its popup where a real browser would not; this test
//    removes that default, proves the channel does not reach, and plays the
//    session through the postMessage fallback.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOM_PLAY_BUDGET } from '../budgets.ts';
import { CHROMIUM_FLAGS } from './find-chromium.ts';
import { axeViolations, closeBrowser, openPage } from './game-page.ts';
import { startStaticServer } from './static-server.ts';
import type { StaticServer } from './static-server.ts';

const SCENARIO = 'Where and How (induction)';
const shots = fileURLToPath(new URL('../../test-results/away-day-hands/', import.meta.url));
const PARTITIONING = 'ThirdPartyStoragePartitioning';

let host: StaticServer;
let partitioned: Browser | null = null;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  // A page on another site (localhost, not 127.0.0.1) that frames the console, as a learning system would.
  const dir = mkdtempSync(join(tmpdir(), 'rules-at-play-hands-host-'));
  const consoleUrl = new URL('console.html', inject('baseUrl')).href;
  writeFileSync(
    join(dir, 'host.html'),
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>A learning system</title></head><body><main><h1>Course page</h1><iframe title="Away-day console" src="${consoleUrl}" style="width:1200px;height:1400px"></iframe></main></body></html>`,
  );
  host = await startStaticServer(dir);
});

afterAll(async () => {
  await closeBrowser();
  await partitioned?.close();
  await host?.close();
});

/** Where the console's document is: a page, or a frame inside one. Keys go to the page; questions to the document. */
interface Desk {
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
async function tabTo(desk: Desk, name: string | RegExp, field = false, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await desk.page.keyboard.press('Tab');
    const focused = await focusedText(desk.doc);
    const text = field ? focused.label : focused.text;
    if (typeof name === 'string' ? text === name : name.test(text)) return;
  }
  await desk.page.screenshot({ path: `${shots}lost-the-way.png`, fullPage: true });
  throw new Error(`Could not reach "${name}" with the Tab key (test-results/away-day-hands/lost-the-way.png)`);
}

async function press(desk: Desk, name: string | RegExp): Promise<void> {
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

async function noViolations(doc: Page, where: string): Promise<void> {
  expect(await axeViolations(doc), where).toEqual([]);
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

interface Session {
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

/** Plays from the lobby to the ending; returns how many decisions were made. */
async function playToEnd({ desk, projector, look, reload }: Session): Promise<number> {
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
  await projector.getByRole('heading', { name: 'What the room decided' }).waitFor();
  await expect.poll(() => projector.locator('.decisions li').count()).toBe(decisions);
  await once('ended');
  return decisions;
}

/** From the start screen: a show of hands of the scenario, the projector window opened, six people seated. */
async function openSession(desk: Desk, context: BrowserContext): Promise<Page> {
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

async function closeSession(desk: Desk, projector: Page): Promise<void> {
  await press(desk, 'Close the room…');
  await desk.doc.getByRole('dialog', { name: 'Close the room?' }).waitFor();
  await press(desk, /^Close the room$/);
  await desk.doc.getByRole('heading', { name: 'The session is closed' }).waitFor();
  await projector.getByText('The room has closed').waitFor();
  expect(await desk.doc.evaluate(() => sessionStorage.getItem('away-day:hands'))).toBeNull();
}

describe('a show of hands, with no phones and no server', () => {
  it(
    'plays a whole scenario with a console and a projector window kept in step on a BroadcastChannel',
    async () => {
      const opened = await openPage(new URL('console.html', inject('baseUrl')).href);
      const desk: Desk = { page: opened.page, doc: opened.page };
      const errors: string[] = [...opened.errors];
      await noViolations(opened.page, 'console: start');
      await opened.page.screenshot({ path: `${shots}console-start.png`, fullPage: true });
      // Phones need the room server, and plain files have none: the console says so and points to a show of hands.
      await press(desk, 'Create the room');
      await opened.page.getByText('No room server answered here, so phones cannot join.').waitFor();
      await noViolations(opened.page, 'console: no room server');
      await press(desk, 'Start or take over a room');
      await opened.page.getByRole('heading', { name: 'Run an away-day room' }).waitFor();
      opened.errors.splice(0);
      // A kept session that cannot be read is said so, and forgotten, so the console starts afresh.
      await opened.page.evaluate(() => sessionStorage.setItem('away-day:hands', '{"version":1,"state":{}}'));
      await opened.page.reload();
      await opened.page.getByText('The show of hands kept in this tab could not be read. Start a new one.').waitFor();
      expect(await opened.page.evaluate(() => sessionStorage.getItem('away-day:hands'))).toBeNull();
      const projector = await openSession(desk, opened.context);
      projector.on('pageerror', (error) => errors.push(`projector: ${error.message}`));
      // Only the console window writes to storage: the projector keeps no code of its own, as a server's projector does.
      expect(await projector.evaluate(() => sessionStorage.getItem('away-day:projector-code'))).toBeNull();
      // The console loaded inkjs and the story only now, for the show of hands.
      expect(opened.requests.some((url) => /local-room-.*\.js$/.test(url))).toBe(true);

      const look = async (name: string) => {
        await noViolations(opened.page, `console: ${name}`);
        await noViolations(projector, `projector: ${name}`);
        await opened.page.screenshot({ path: `${shots}console-${name}.png`, fullPage: true });
        await projector.screenshot({ path: `${shots}projector-${name}.png` });
      };
      await look('lobby');
      let reloaded = false;
      const decisions = await playToEnd({
        desk,
        projector,
        look,
        reload: async () => {
          reloaded = true;
          const where = await opened.page.locator('.console-story').innerText();
          await opened.page.reload();
          await opened.page.getByText('Show of hands: this window runs the session').waitFor();
          expect(await opened.page.locator('.console-story').innerText()).toBe(where);
          expect(await opened.page.getByRole('button', { name: 'Take back the last decision' }).isEnabled()).toBe(true);
        },
      });
      expect(reloaded).toBe(true);
      expect(decisions).toBeGreaterThan(2);
      await closeSession(desk, projector);
      await look('closed');
      expect(errors.filter((e) => !/WebGL|GL Driver/.test(e))).toEqual([]);
      expect(opened.errors.filter((e) => !/WebGL|GL Driver/.test(e))).toEqual([]);
      await opened.close();
    },
    ROOM_PLAY_BUDGET,
  );

  it(
    'plays it from a console in a cross-site frame, where real Chromium keeps the BroadcastChannel from the popup',
    async () => {
      // Playwright's own default: read its command line once, then launch without the switch that turns partitioning off.
      // (--enable-automation only lets the DevTools protocol say the command line.)
      const plain = await chromium.launch({ executablePath: inject('chromePath'), args: [...CHROMIUM_FLAGS, '--enable-automation'] });
      const session = await plain.newBrowserCDPSession();
      const { arguments: defaults } = (await session.send('Browser.getBrowserCommandLine')) as { arguments: string[] };
      await plain.close();
      const disabled = defaults.find((arg) => arg.startsWith('--disable-features='));
      expect(disabled, 'Playwright turns storage partitioning off by default').toContain(PARTITIONING);
      const kept = disabled!
        .slice('--disable-features='.length)
        .split(',')
        .filter((f) => f !== PARTITIONING);
      partitioned = await chromium.launch({
        executablePath: inject('chromePath'),
        args: [...CHROMIUM_FLAGS, `--disable-features=${kept.join(',')}`],
        ignoreDefaultArgs: [disabled!],
      });
      const context = await partitioned.newContext({ viewport: { width: 1280, height: 1000 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`console: ${error.message}`));
      // The host page on another site: localhost, where the console is on 127.0.0.1 (a port alone does not make another site).
      await page.goto(`${host.url.replace('127.0.0.1', 'localhost')}host.html`);
      const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
      if (!frame) throw new Error('The console frame did not load');
      await frame.getByRole('heading', { name: 'Run an away-day room' }).waitFor();
      const desk: Desk = { page, doc: frame };
      const projector = await openSession(desk, context);
      projector.on('pageerror', (error) => errors.push(`projector: ${error.message}`));

      // The proof that this is real Chromium's isolation: a message on a channel from the frame never reaches the popup.
      const heard = projector.evaluate(
        (name) =>
          new Promise<boolean>((done) => {
            const probe = new BroadcastChannel(name);
            probe.onmessage = () => done(true);
            setTimeout(() => done(false), 1500);
          }),
        'probe',
      );
      await frame.evaluate(() => new BroadcastChannel('probe').postMessage({ probe: true }));
      expect(await heard, 'a BroadcastChannel reaching from a cross-site frame to its popup').toBe(false);

      // The console frame reloads after the first decision: it carries on from its (partitioned) storage, and the
      // projector, which the channel cannot reach, finds it again by asking through its opener.
      let reloaded = false;
      const decisions = await playToEnd({
        desk,
        projector,
        // The same screens as above (axe has checked them); kept once more to look at, framed.
        look: async (name) => {
          if (name !== 'revealed') return;
          await page.screenshot({ path: `${shots}framed-console-revealed.png` });
          await projector.screenshot({ path: `${shots}framed-projector-revealed.png` });
        },
        reload: async () => {
          reloaded = true;
          const where = await frame.locator('.console-story').innerText();
          await frame.evaluate(() => location.reload());
          await frame.getByText('Show of hands: this window runs the session').waitFor();
          expect(await frame.locator('.console-story').innerText()).toBe(where);
        },
      });
      expect(reloaded).toBe(true);
      expect(decisions).toBeGreaterThan(2);
      await closeSession(desk, projector);
      expect(errors.filter((e) => !/WebGL|GL Driver/.test(e))).toEqual([]);
      await context.close();
    },
    ROOM_PLAY_BUDGET,
  );
});
