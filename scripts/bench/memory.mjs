// Memory over an away-day (target 5 of issue 19): five scenarios played back
// to back in one tab, each to its debrief and back to the title; after each,
// garbage is collected and the heap, the event listeners, the DOM nodes and
// the canvases are counted (Chrome's own Performance metrics through CDP).
import { playThrough } from './play.mjs';

async function settle(page, cdp) {
  await page.waitForTimeout(500);
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return {
    heap: usedSize,
    listeners: metric('JSEventListeners'),
    nodes: metric('Nodes'),
    canvases: await page.evaluate(() => document.querySelectorAll('canvas').length),
  };
}

export async function measureMemory(browser, url, count = 5) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  // A real key press, as a player's first gesture, starts the sound.
  await page.keyboard.press('Shift');
  const atTitle = await settle(page, cdp);
  const after = [];
  for (let index = 0; index < count; index += 1) {
    const title = await playThrough(page, index);
    after.push({ title, ...(await settle(page, cdp)) });
  }
  await context.close();
  return { atTitle, after };
}
