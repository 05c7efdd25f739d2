// Memory over an away-day (target 5 of issue 19): five scenarios played back
// to back in one tab, each to its debrief and back to the title; after each,
// garbage is collected and the heap, the event listeners, the DOM nodes and
// the canvases are counted (Chrome's own Performance metrics through CDP).
// A heap snapshot after each splits the heap into the page's JS objects and
// strings (what a page that holds on to finished scenarios would grow),
// bytecode and V8's other per-function records, and machine code from V8's
// compilers (which grows as functions run often enough to be compiled).
// Further rounds of the same five scenarios show whether the heap levels off.
import { playThrough } from './play.mjs';
import { splitHeap } from './heap-split.mjs';

/** The page's heap by kind of thing, from a heap snapshot (see heap-split.mjs). */
async function heapSplit(cdp) {
  const chunks = [];
  const take = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
  return splitHeap(JSON.parse(chunks.join('')));
}

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
    ...(await heapSplit(cdp)),
  };
}

/** Five scenarios (the target's figures), then `rounds - 1` more rounds of the same five, measured at the end of each round. */
export async function measureMemory(browser, url, { count = 5, rounds = 1 } = {}) {
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
  const ends = [after.at(-1)];
  for (let round = 1; round < rounds; round += 1) {
    for (let index = 0; index < count; index += 1) await playThrough(page, index);
    ends.push(await settle(page, cdp));
  }
  await context.close();
  return { atTitle, after, rounds: ends };
}
