// npm run bench: builds the game, serves it on localhost, measures it with
// Lighthouse (mobile profile, local Chromium) and with a scripted visit, and
// prints the numbers. A measurement, not a pass/fail test.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readFileSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';

// Lighthouse is a pinned devDependency (package.json): nothing is fetched on
// first use, and it drives the local Chromium through chrome-launcher (CHROME_PATH).
const LIGHTHOUSE_CLI = fileURLToPath(import.meta.resolve('lighthouse/cli/index.js'));
const LIGHTHOUSE_VERSION = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('lighthouse/package.json')), 'utf8')).version;
const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!chrome) {
  console.error('No Chromium found: install one (sudo apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}
// Lighthouse drives Chromium itself and needs the new headless mode; the
// scripted visit below adds the flags that keep Chromium quiet offline.
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'];
const QUIET = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = `http://127.0.0.1:${server.httpServer.address().port}/`;
const runs = Number(process.env.BENCH_RUNS ?? 3);

async function lighthouse() {
  const out = join(mkdtempSync(join(tmpdir(), 'lh-')), 'report.json');
  // Asynchronous on purpose: the preview server runs in this process and must keep answering.
  await promisify(execFile)(
    process.execPath,
    [
      LIGHTHOUSE_CLI,
      url,
      '--quiet',
      '--only-categories=performance',
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=${FLAGS.join(' ')}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: chrome },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const audits = report.audits;
  const fcp = audits['first-contentful-paint'].numericValue;
  const requests = audits['network-requests'].details.items;
  const scripts = requests.filter((r) => r.resourceType === 'Script');
  return {
    score: report.categories.performance.score,
    fcp,
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    totalBytes: audits['total-byte-weight'].numericValue,
    jsBeforeFirstText: scripts.filter((r) => r.networkEndTime <= fcp).reduce((n, r) => n + r.transferSize, 0),
    jsAtLoad: scripts.reduce((n, r) => n + r.transferSize, 0),
  };
}

/** Bytes of JavaScript a player downloads to play a scenario, Phaser included. */
async function scenarioBytes() {
  const browser = await chromium.launch({ executablePath: chrome, args: [...FLAGS.slice(1), ...QUIET] });
  const page = await browser.newPage();
  let js = 0;
  page.on('response', async (response) => {
    if (response.url().endsWith('.js')) js += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(url);
  const started = Date.now();
  await page.getByRole('button', { name: /Read the briefing for The Shelter/ }).click();
  await page.getByRole('button', { name: 'Begin the scenario' }).click();
  await page.getByRole('group', { name: 'Choices' }).waitFor();
  const toStoryText = Date.now() - started;
  await page.locator('#stage canvas').waitFor();
  await page.waitForTimeout(1500);
  await browser.close();
  return { js, toStoryText };
}

/** Finishes the induction scenario, then times the downloads (first one loads pdf-lib and the fonts). */
async function exportTimes() {
  const browser = await chromium.launch({ executablePath: chrome, args: [...FLAGS.slice(1), ...QUIET] });
  const page = await browser.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: /Read the briefing for Where and How/ }).click();
  await page.getByRole('button', { name: 'Begin the scenario' }).click();
  for (let i = 0; i < 80 && !(await page.getByRole('button', { name: 'Go to the debrief' }).count()); i += 1) {
    if (await page.locator('form.name-it').count()) await page.getByRole('button', { name: 'Skip naming' }).click();
    else await page.getByRole('group', { name: 'Choices' }).locator('button:not([aria-disabled="true"])').first().click();
  }
  await page.getByRole('button', { name: 'Go to the debrief' }).click();
  await page.getByRole('button', { name: 'Write your reflection' }).click();
  await page.getByLabel('Feelings').fill('A reflection of a few words, for timing.');
  const timed = async (name) => {
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    const { size } = statSync(await download.path());
    return { ms: Date.now() - started, bytes: size };
  };
  const firstPdf = await timed('Download the CPD record (PDF)');
  const againPdf = await timed('Download the CPD record (PDF)');
  const markdown = await timed('Download the CPD record (Markdown)');
  await browser.close();
  return { firstPdf, againPdf, markdown };
}

const results = [];
for (let i = 0; i < runs; i += 1) results.push(await lighthouse());
const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
const scenario = await scenarioBytes();
const exports = await exportTimes();
await server.close();

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;
console.log(`Lighthouse ${LIGHTHOUSE_VERSION}, mobile profile, ${runs} runs, median (Chromium ${chrome}):`);
console.log(`  performance score      ${median('score')}`);
console.log(`  first contentful paint ${ms(median('fcp'))}`);
console.log(`  largest contentful paint ${ms(median('lcp'))}`);
console.log(`  total blocking time    ${ms(median('tbt'))}`);
console.log(`  total bytes at load    ${kb(median('totalBytes'))}`);
console.log(`  JS before first text   ${kb(median('jsBeforeFirstText'))} (transferred)`);
console.log(`  JS at page load        ${kb(median('jsAtLoad'))} (transferred)`);
console.log(`Playing The Shelter (desktop, no throttling):`);
console.log(`  JS for a scenario, all ${kb(scenario.js)} (uncompressed, Phaser included)`);
console.log(`  Begin → first story text ${ms(scenario.toStoryText)}`);
console.log(`CPD record from the journal (desktop, no throttling; click → file saved):`);
console.log(`  PDF, first (loads pdf-lib and fonts) ${ms(exports.firstPdf.ms)}, ${kb(exports.firstPdf.bytes)}`);
console.log(`  PDF, again             ${ms(exports.againPdf.ms)}, ${kb(exports.againPdf.bytes)}`);
console.log(`  Markdown               ${ms(exports.markdown.ms)}, ${kb(exports.markdown.bytes)}`);
