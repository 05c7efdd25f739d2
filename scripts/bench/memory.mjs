// Memory over an away-day (target 5 of issue 19): five scenarios played back
// to back in one tab, each to its debrief and back to the title; after each,
// garbage is collected and the heap, the event listeners, the DOM nodes and
// the canvases are counted (Chrome's own Performance metrics through CDP).
// A heap snapshot after each splits the heap into compiled code (V8's
// optimised and baseline code, which grows as more of the game's code gets
// hot) and everything else (objects, strings, arrays: what a page that holds
// on to finished scenarios would grow).
import { playThrough } from './play.mjs';

/** The page's heap by kind of thing, from a heap snapshot: compiled code, and the JS objects, strings and arrays. */
async function heapSplit(cdp) {
  const chunks = [];
  const take = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const types = snapshot.meta.node_types[typeAt];
  let code = 0;
  let objects = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + typeAt]];
    // Native (Blink's own) and synthetic nodes are not in the JS heap's used size.
    if (type === 'code') code += nodes[i + sizeAt];
    else if (type !== 'native' && type !== 'synthetic') objects += nodes[i + sizeAt];
  }
  return { code, objects };
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
