// In the real built game, each case in a fresh browser context: the strict content
// security policy is never violated during a full play and both PDFs; long
// unbroken and CJK text make PDFs while the page keeps painting; and leaving
// scenarios does not pile up listeners on the document.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { closeBrowser, openGame, playToEnd, pressButton, screenshot, tabTo, tabToField } from './game-page.ts';
import type { GamePage } from './game-page.ts';
import { pdfText } from '../unit/journal-fixture.ts';
import { MISSING_CHARACTERS } from '../../src/export/pdf-writer.ts';

const TITLE = 'Where and How (induction)';
const squash = (text: string) => text.replace(/\s+/g, '');

let game: GamePage | null = null;
afterEach(async () => {
  await game?.close();
  game = null;
});
afterAll(closeBrowser);

// Every violation the page reports, kept where the test can read it.
const WATCH_CSP = `window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));`;
// The longest time between two painted frames while watching.
const WATCH_FRAMES = `window.__frames = { max: 0, last: 0, on: false, start() { this.max = 0; this.last = performance.now(); this.on = true; const tick = (t) => { if (!this.on) return; this.max = Math.max(this.max, t - this.last); this.last = t; requestAnimationFrame(tick); }; requestAnimationFrame(tick); }, stop() { this.on = false; this.max = Math.max(this.max, performance.now() - this.last); return this.max; } };`;

async function begin(page: Page, title = TITLE): Promise<void> {
  await pressButton(page, `Read the briefing for ${title}`);
  await pressButton(page, 'Begin the scenario');
  await page.getByRole('group', { name: 'Choices' }).waitFor();
}

/** Plays to the end and opens the reflection, where the downloads are. */
async function toReflection(page: Page, shot?: string): Promise<void> {
  await begin(page);
  // The picture is part of the play the policy must allow.
  await page.locator('#stage canvas').waitFor({ timeout: 30_000 });
  if (shot) await screenshot(page, shot);
  await playToEnd(page, { pick: () => 0 });
  await pressButton(page, 'Go to the debrief');
  await pressButton(page, 'Write your reflection');
  await page.getByRole('heading', { level: 1, name: `Reflection: ${TITLE}` }).waitFor();
}

/** Downloads with the button, by keyboard; `took` is from pressing Enter to the download. */
async function downloadWith(page: Page, button: string): Promise<Buffer & { took?: number }> {
  await page.locator('h1').focus();
  await tabTo(page, button);
  const started = Date.now();
  const [download] = (await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.keyboard.press('Enter')])) as [
    Download,
    void,
  ];
  const took = Date.now() - started;
  return Object.assign(readFileSync(await download.path()), { took });
}

describe('the content security policy', () => {
  it('reports no violation during a full play, the Markdown and both PDFs', async () => {
    game = await openGame({ beforeLoad: WATCH_CSP });
    const { page } = game;
    await toReflection(page, 'policy-00-stage');
    await tabToField(page, 'Feelings');
    await page.keyboard.type('Uneasy, then clearer.');
    expect((await downloadWith(page, 'Download the CPD record (PDF)')).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await downloadWith(page, 'Download the CPD record (Markdown)')).length).toBeGreaterThan(1000);
    await tabToField(page, 'Your name, as it should appear on the certificate');
    await page.keyboard.type('Sam Example');
    expect((await downloadWith(page, 'Download the certificate (PDF)')).subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(page, 'policy-01-downloads');
    // The PDFs were made by the worker, under the same policy.
    expect(game.requests.some((url) => /pdf-worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(game.requests.some((url) => /pdf-writer-[\w-]+\.js$/.test(url))).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(game.errors).toEqual([]);
  });
});

describe('PDFs of long text', () => {
  it.each([
    ['2,000 characters with no spaces', 'policy-02-unbroken', 'a'.repeat(1000) + 'b'.repeat(1000), 'a'.repeat(1000) + 'b'.repeat(1000)],
    // The PDF's font has no CJK glyphs: they print as "?", and the record says so.
    [
      '2,000 CJK characters',
      'policy-03-cjk',
      '社会工作者和警察一起讨论年轻人的安全。'.repeat(106).slice(0, 2000),
      `${squash(MISSING_CHARACTERS)}`,
    ],
  ])('%s: made while the page keeps painting', async (name, shot, text, printed) => {
    game = await openGame({ beforeLoad: WATCH_FRAMES });
    const { page } = game;
    await toReflection(page);
    await page.getByLabel('Feelings').fill(text);
    await page.locator('.save-status', { hasText: 'Saved on this device.' }).waitFor();
    await page.evaluate(() => (window as unknown as { __frames: { start(): void } }).__frames.start());
    const pdf = await downloadWith(page, 'Download the CPD record (PDF)');
    const gap = await page.evaluate(() => (window as unknown as { __frames: { stop(): number } }).__frames.stop());
    const took = pdf.took ?? NaN;
    console.log(`${name}: PDF in ${took} ms, longest frame gap ${Math.round(gap)} ms`);
    expect(gap).toBeLessThan(500);
    expect(squash(await pdfText(new Uint8Array(pdf)))).toContain(printed);
    await screenshot(page, shot);
    expect(game.errors).toEqual([]);
  });
});

describe('a PDF worker that cannot load', () => {
  it('still gives the PDF, made on the page', async () => {
    game = await openGame();
    const { page } = game;
    await page.route(/pdf-worker-[\w-]+\.js$/, (route) => route.abort());
    await toReflection(page);
    expect((await downloadWith(page, 'Download the CPD record (PDF)')).subarray(0, 5).toString()).toBe('%PDF-');
    await page.locator('.export-status', { hasText: 'Made cpd-record' }).waitFor();
    // Made by the page's own copy of the writer, fetched only for this.
    expect(game.requests.some((url) => /pdf-writer-[\w-]+\.js$/.test(url))).toBe(true);
    expect(game.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});

describe('leaving scenarios', () => {
  it('does not add listeners to the document, scenario after scenario', async () => {
    game = await openGame();
    const { page } = game;
    const cdp = await page.context().newCDPSession(page);
    const documentListeners = async () => {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId as string });
      await cdp.send('Runtime.releaseObject', { objectId: result.objectId as string });
      return listeners.map((l) => l.type);
    };
    const counts: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      await begin(page);
      await page.locator('#stage canvas').waitFor({ timeout: 30_000 });
      await page.keyboard.press('Escape');
      await pressButton(page, 'Leave this scenario');
      await page.getByRole('heading', { level: 1, name: 'Rules at Play' }).waitFor();
      expect(await page.locator('#stage canvas').count()).toBe(0);
      const types = await documentListeners();
      counts.push(types.length);
      expect(types).not.toContain('visibilitychange');
    }
    console.log(`listeners on document after each scenario: ${counts.join(', ')}`);
    expect(counts[2]).toBeLessThanOrEqual(counts[0] as number);
    expect(game.errors).toEqual([]);
  });
});
