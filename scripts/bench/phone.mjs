// Target 3 of issue 19, the phone page of an away-day room. Lighthouse gives
// the JavaScript it loads (gzip, the room client included). "Ready to vote"
// is timed on the real room server (started here, in this process, serving
// the bench's build): a facilitator's console creates a room, then a phone
// opens its join link at 360×740 with a 4× slower CPU on a throttled network,
// twice: with Lighthouse's mobile profile as Lighthouse simulates it (150 ms
// round trips, 1.6 Mbit/s down, 750 kbit/s up), and as DevTools applies it,
// which adds 562.5 ms to every request (a pessimistic bound). Two figures:
// - ready: from the phone opening the link to its seat buttons being on
//   screen and enabled (the page has joined the room and can take part);
// - vote: from the facilitator pressing "Open the vote" to the phone's first
//   vote button being enabled (the phone, still throttled, shows the vote).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { lighthouse } from './lighthouse.mjs';

const SCENARIO = 'where-and-how';
const PHONE = { width: 360, height: 740 };
// Lighthouse's mobile profile (lighthouse/core/config/constants.js): as simulated, and as DevTools applies it.
const NETWORKS = {
  simulated: { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  devtools: { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 },
};
const CPU_SLOWDOWN = 4;
// BENCH_PHONE_TRACE=1 prints the phone's resource and paint timings, to see where its time goes.

async function startServer(projectRoot, distDir) {
  const options = { configFile: false, logLevel: 'error' };
  const load = (path) => runnerImport(join(projectRoot, path), options).then((m) => m.module);
  const [{ startRoomServer }, { storyLibrary }, { compileStoryFile }] = await Promise.all([
    load('src/server/room-server.ts'),
    load('src/server/story-library.ts'),
    load('tools/ink/ink-stories-plugin.ts'),
  ]);
  const { json } = compileStoryFile(join(projectRoot, 'stories', `${SCENARIO}.ink`));
  return startRoomServer({
    host: '127.0.0.1',
    port: 0,
    distDir,
    stories: storyLibrary(new Map([[SCENARIO, json]])),
    limits: { lookupBurst: 1000, joinBurst: 1000 },
  });
}

/** Presses a button by its visible name, as a keyboard user would reach it. */
async function press(page, name) {
  await page.getByRole('button', { name }).first().press('Enter');
}

/** The facilitator's console steps on until it offers to open a vote. */
async function untilVoteOffered(desk) {
  for (let turn = 0; turn < 40; turn += 1) {
    const button = desk.locator('.console-controls .actions button:not([disabled])').first();
    await button.waitFor();
    const label = (await button.innerText()).trim();
    if (label === 'Open the vote') return;
    await button.press('Enter');
    await desk.waitForFunction((was) => document.querySelector('.console-controls .actions button')?.textContent?.trim() !== was, label);
  }
  throw new Error('The console never offered to open a vote.');
}

async function readyToVote(browser, server, network) {
  const deskContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const desk = await deskContext.newPage();
  await desk.goto(`${server.url}/console`);
  await press(desk, 'Create the room');
  const code = (await desk.locator('.big-code').innerText()).trim();

  const phoneContext = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const phone = await phoneContext.newPage();
  const cdp = await phoneContext.newCDPSession(phone);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await phone.goto(`${server.url}/phone#${code}`, { waitUntil: 'commit' });
  // The page's own clock, from the start of its navigation, at the first frame its seat buttons are enabled.
  const ready = await phone.waitForFunction(
    () => {
      const heading = [...document.querySelectorAll('h1, h2')].some((h) => h.textContent?.includes('Choose your seat'));
      const seat = document.querySelector('main button:not([disabled]):not([aria-disabled="true"])');
      return heading && seat ? performance.now() : false;
    },
    null,
    { polling: 'raf', timeout: 60_000 },
  );
  const readyMs = await ready.jsonValue();
  if (process.env.BENCH_PHONE_TRACE)
    console.log(
      await phone.evaluate(() =>
        performance
          .getEntries()
          .map(
            (e) =>
              `${e.entryType} ${e.name.replace(location.origin, '')} ${Math.round(e.startTime)}–${Math.round(e.startTime + e.duration)}`,
          )
          .join('\n'),
      ),
    );

  await phone.locator('main button:not([disabled])').first().press('Enter');
  await phone.getByText('Waiting for the facilitator to start').waitFor({ timeout: 60_000 });
  await press(desk, 'Start the scenario');
  await untilVoteOffered(desk);
  const opened = Date.now();
  await press(desk, 'Open the vote');
  await phone.locator('.big-choice:not([aria-disabled])').first().waitFor({ timeout: 60_000 });
  const voteMs = Date.now() - opened;
  await phoneContext.close();
  await deskContext.close();
  return { readyMs, voteMs };
}

export async function measurePhone(browser, distDir, baseUrl, chrome, flags, projectRoot) {
  if (!existsSync(join(distDir, 'phone.html'))) return null;
  const report = await lighthouse(`${baseUrl}/phone.html`, chrome, flags);
  const server = await startServer(projectRoot, distDir);
  try {
    const simulated = await readyToVote(browser, server, NETWORKS.simulated);
    const devtools = await readyToVote(browser, server, NETWORKS.devtools);
    return { js: report.jsAtLoad, ...simulated, devtools };
  } finally {
    await server.close();
  }
}
