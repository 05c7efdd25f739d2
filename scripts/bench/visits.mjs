// Scripted visits on a desktop without throttling: the JavaScript a scenario
// needs, and how long a CPD record takes to make from the journal.
import { statSync } from 'node:fs';

/** Bytes of JavaScript a player downloads to play a scenario, Phaser included, and of its story file (JSON, once a JS chunk). */
export async function scenarioBytes(browser, url) {
  const page = await browser.newPage();
  let js = 0;
  let story = 0;
  page.on('response', async (response) => {
    const bytes = async () => (await response.body().catch(() => Buffer.alloc(0))).length;
    if (response.url().endsWith('.js')) js += await bytes();
    else if (/\/assets\/[\w-]+\.json$/.test(response.url())) story += await bytes();
  });
  await page.goto(url);
  const started = Date.now();
  await page.getByRole('button', { name: /Read the briefing for The Shelter/ }).click();
  await page.getByRole('button', { name: 'Begin the scenario' }).click();
  await page.getByRole('group', { name: 'Choices' }).waitFor();
  const toStoryText = Date.now() - started;
  await page.locator('#stage canvas').waitFor();
  await page.waitForTimeout(1500);
  await page.close();
  return { js, story, toStoryText };
}

/** Finishes the induction scenario, then times the downloads (the first one loads pdf-lib and the fonts). */
export async function exportTimes(browser, url) {
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
  await page.close();
  return { firstPdf, againPdf, markdown };
}
