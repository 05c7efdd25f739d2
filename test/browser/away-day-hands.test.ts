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
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOM_PLAY_BUDGET } from '../budgets.ts';
import { CHROMIUM_FLAGS } from './find-chromium.ts';
import { axeViolations, closeBrowser, keepScreenshot, openPage } from './game-page.ts';
import { startStaticServer } from './static-server.ts';
import type { StaticServer } from './static-server.ts';
import { closeSession, openSession, playToEnd, press, shots } from './hands-desk.ts';
import type { Desk } from './hands-desk.ts';

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

async function noViolations(doc: Page, where: string): Promise<void> {
  expect(await axeViolations(doc), where).toEqual([]);
}

describe('a show of hands, with no phones and no server', () => {
  it(
    'plays a whole scenario with a console and a projector window kept in step on a BroadcastChannel',
    async () => {
      const opened = await openPage(new URL('console.html', inject('baseUrl')).href);
      const desk: Desk = { page: opened.page, doc: opened.page };
      const errors: string[] = [...opened.errors];
      await noViolations(opened.page, 'console: start');
      await keepScreenshot(opened.page, `${shots}console-start.png`, { fullPage: true });
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
        await keepScreenshot(opened.page, `${shots}console-${name}.png`, { fullPage: true });
        await keepScreenshot(projector, `${shots}projector-${name}.png`);
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
      // At the end the console moves the projector window through the debrief, as it moves a server's projector.
      await projector.getByRole('heading', { name: 'The ending' }).waitFor();
      await press(desk, 'Next part');
      await projector.getByRole('heading', { name: 'What the room decided' }).waitFor();
      expect(await projector.getByRole('heading', { name: 'The ending' }).count()).toBe(0);
      expect(await opened.page.locator('.part-list [aria-pressed="true"]').innerText()).toBe('What the room decided');
      await look('debrief-part');
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
          await keepScreenshot(page, `${shots}framed-console-revealed.png`);
          await keepScreenshot(projector, `${shots}framed-projector-revealed.png`);
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
