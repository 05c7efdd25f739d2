// The stage (target 4 of issue 19): frame times in the panel room with
// nothing moving, and from the choice that brings a time skip onto the map;
// and the CPU the browser uses while the room sits still. Chromium with
// --disable-gpu, so drawing is done in software as on a laptop without a GPU.
import { cpuShare, frameTimes, spread } from './measure.mjs';
import { choose } from './play.mjs';

const WINDOW_MS = 5000;

/** The stage's canvas is on screen, so its drawing is really composited. */
const stageInView = (page) =>
  page.evaluate(() => {
    const box = document.querySelector('#stage canvas')?.getBoundingClientRect();
    return Boolean(box && box.bottom > 0 && box.top < innerHeight);
  });

export async function measureStage(browser, url) {
  // The play screen scrolls to the new text, past the stage: the bench pins
  // the stage to the top of the window so its drawing is always on screen.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.addStyleTag({ content: '#stage.has-room { position: fixed; inset: 0 0 auto 0; z-index: 5; }' });
  await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
  const title = spread(await frameTimes(page, WINDOW_MS));
  await page.getByRole('button', { name: /Read the briefing for The Shelter/ }).click();
  await page.getByRole('button', { name: 'Begin the scenario' }).click();
  await page.locator('#stage canvas').waitFor();
  await page.waitForTimeout(2000);
  const idleCpu = await cpuShare(page, WINDOW_MS);
  const room = spread(await frameTimes(page, WINDOW_MS));
  const roomInView = await stageInView(page);
  // Find the choice that brings the first time skip, take it back, and take it again while measuring.
  for (let i = 0; i < 60 && !(await page.locator('#main p.timeskip').count()); i += 1) await choose(page);
  await page.getByRole('complementary').getByRole('button', { name: 'Take back my last decision' }).click();
  await page.locator('#main p.timeskip').waitFor({ state: 'detached' });
  await page.waitForTimeout(2000);
  const measuring = frameTimes(page, WINDOW_MS);
  while (!(await choose(page)));
  const timeskip = spread(await measuring);
  const shown = (await page.locator('#main p.timeskip').count()) > 0 && (await stageInView(page));
  await context.close();
  return { title, room, roomInView, idleCpu, timeskip, timeskipShown: shown };
}
