// Drives the real game in Chromium with the keyboard alone, checking every
// screen with axe and keeping a screenshot of each.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS } from './find-chromium.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface GamePage {
  browser: Browser;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  /** Every URL the page asked for. */
  requests: string[];
}

export async function openGame(options: { blockPhaser?: boolean; blockAudio?: boolean } = {}): Promise<GamePage> {
  const browser = await chromium.launch({ executablePath: inject('chromePath'), args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  if (options.blockPhaser) await page.route(/start-game-.*\.js$/, (route) => route.abort());
  if (options.blockAudio) await page.route(/\.wav$/, (route) => route.abort());
  await page.goto(inject('baseUrl'));
  return { browser, page, errors, requests };
}

/** Presses Tab until the focused element's text matches, as a keyboard user would. */
export async function tabTo(page: Page, name: string | RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
    if (typeof name === 'string' ? text === name : name.test(text)) return;
  }
  throw new Error(`Could not reach "${name}" with the Tab key`);
}

export async function pressButton(page: Page, name: string | RegExp): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.press('Enter');
}

export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, {});
    // A run that checked nothing would pass any page; make that a failure.
    if (!(result as unknown as { passes: unknown[] }).passes.length) return ['axe checked nothing on this page'];
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  return violations;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}

export async function heading(page: Page): Promise<string> {
  return (await page.locator('h1').textContent())?.trim() ?? '';
}

export async function choiceTexts(page: Page): Promise<string[]> {
  return page.getByRole('group', { name: 'Choices' }).getByRole('button').allTextContents();
}

/**
 * Plays from the first story text to the end, choosing with `pick` at each
 * decision, by keyboard. Returns the choices made.
 */
export async function playToEnd(page: Page, pick: (choices: string[]) => number, onScreen?: (n: number) => Promise<void>): Promise<string[]> {
  const made: string[] = [];
  for (let turn = 0; turn < 60; turn += 1) {
    if (await page.getByRole('button', { name: 'Go to the debrief' }).count()) return made;
    const choices = await choiceTexts(page);
    if (!choices.length) throw new Error('A screen with neither choices nor a way to the debrief');
    const picked = choices[pick(choices)] as string;
    await pressButton(page, picked);
    await page.waitForFunction((text) => document.querySelector('.chosen')?.textContent?.includes(text), picked);
    made.push(picked);
    await onScreen?.(made.length);
  }
  throw new Error('The story did not end within 60 decisions');
}

/** Picks the first choice matching any of the patterns, in order of preference. */
export function prefer(...patterns: RegExp[]): (choices: string[]) => number {
  return (choices) => {
    for (const pattern of patterns) {
      const index = choices.findIndex((c) => pattern.test(c));
      if (index >= 0) return index;
    }
    return 0;
  };
}
