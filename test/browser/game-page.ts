// Drives the real game in Chromium with the keyboard alone, checking every
// screen with axe and keeping a screenshot of each (when SCREENSHOTS is set). One Chromium per test
// file (this module is loaded afresh for each file); each game gets its own
// fresh context, so no storage or cookies cross from one test to the next.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS } from './find-chromium.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface GamePage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Closes this game's context (its pages and storage); the file's browser stays for the next test. */
  close: () => Promise<void>;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  /** Every URL the page asked for. */
  requests: string[];
}

export interface OpenOptions {
  blockPhaser?: boolean;
  blockAudio?: boolean;
  /** Runs in the page before any of the game's own code. */
  beforeLoad?: string;
  /** A phone or projector instead of a laptop. */
  viewport?: { width: number; height: number };
  /** Another address than the shared preview server (a test's own server). */
  url?: string;
  /**
   * Lets the game's service worker run. Off unless asked for: with it on,
   * files come from its cache after the first load, and the tests that make
   * a file fail to load (by routing it away) could not reach the network.
   */
  serviceWorker?: boolean;
  /** The player's motion preference; tests default to reduced motion so pictures settle at once. */
  motion?: 'reduce' | 'no-preference';
}

let shared: Promise<Browser> | null = null;

/** The test file's one Chromium, launched on first use. */
function fileBrowser(): Promise<Browser> {
  shared ??= chromium.launch({ executablePath: inject('chromePath'), args: CHROMIUM_FLAGS });
  return shared;
}

/** Closes the file's Chromium: each file that opens games calls this in afterAll. */
export async function closeBrowser(): Promise<void> {
  const browser = shared;
  shared = null;
  await (await browser)?.close();
}

export async function openGame(options: OpenOptions = {}): Promise<GamePage> {
  const game = await openPage(inject('baseUrl'), options);
  // The title shows from the HTML before any script runs; its buttons work once the game's scripts are in.
  if (!options.url?.startsWith('file:')) await titleUsable(game.page);
  return game;
}

/**
 * Waits until the title's buttons work: the built page starts its scripts
 * after its first paint, which can be after the load event a navigation
 * (or a reload) waits for (src/main.ts marks the moment).
 */
export async function titleUsable(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('title-usable').length > 0);
}

/**
 * On the game's built page (the one whose inline script starts the others
 * after the first paint: tools/page/inline-start-plugin.ts), waits for the
 * title to be usable, so a key pressed after a reload is not pressed on the
 * title drawn by the HTML before its scripts are in. Any other page goes on.
 */
async function scriptsStarted(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      ![...document.scripts].some((s) => !s.src && s.textContent?.includes('first-contentful-paint')) ||
      performance.getEntriesByName('title-usable').length > 0,
  );
}

/** Opens any address (an away-day page on the room server, say) in a fresh context of the file's Chromium. */
export async function openPage(url: string, options: OpenOptions = {}): Promise<GamePage> {
  const browser = await fileBrowser();
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    reducedMotion: options.motion ?? 'reduce',
    serviceWorkers: options.serviceWorker ? 'allow' : 'block',
  });
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
  if (options.beforeLoad) await page.addInitScript(options.beforeLoad);
  await page.goto(options.url ?? url);
  return { browser, context, page, errors, requests, close: () => context.close() };
}

/**
 * Waits until the stage has drawn: its canvas is in the page and two
 * animation frames have passed (reduced motion makes the stage's moves
 * immediate), so a screenshot shows the settled picture without a fixed sleep.
 */
export async function stageSettled(page: Page): Promise<void> {
  await page.locator('#stage canvas').waitFor();
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** Presses Tab until the focused element's text matches, as a keyboard user would. */
export async function tabTo(page: Page, name: string | RegExp, limit = 80): Promise<void> {
  await scriptsStarted(page);
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const active = document.activeElement;
      // A choice button carries badges and reasons besides its text.
      return (active?.querySelector('.choice-text')?.textContent ?? active?.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? text === name : name.test(text)) return;
  }
  throw new Error(`Could not reach "${name}" with the Tab key`);
}

/** Presses Tab until a form field whose label matches has focus. */
export async function tabToField(page: Page, label: string | RegExp, limit = 120): Promise<void> {
  await scriptsStarted(page);
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const active = document.activeElement as HTMLInputElement | null;
      return active?.labels?.[0]?.textContent?.trim() ?? '';
    });
    if (typeof label === 'string' ? text === label : label.test(text)) return;
  }
  throw new Error(`Could not reach the field "${label}" with the Tab key`);
}

export async function pressButton(page: Page, name: string | RegExp): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.press('Enter');
}

export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, {});
    // A run that checked nothing would pass any page; make that a failure.
    if (!(result as unknown as { passes: unknown[] }).passes.length) return ['axe checked nothing on this page'];
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  return violations;
}

/**
 * Screenshots kept only for people to look at (no test reads them back) cost
 * about 0.7 CPU-seconds each, most of a browser file's time, so they are taken
 * only when asked for: `SCREENSHOTS=1 npx vitest run --project browser …`.
 */
export const keepingScreenshots = Boolean(process.env.SCREENSHOTS);

/** Keeps a picture of a page (the whole page, or its viewport) or of one element, at `path`, when screenshots are asked for. */
export async function keepScreenshot(target: Page | Locator, path: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!keepingScreenshots) return;
  mkdirSync(dirname(path), { recursive: true });
  if ('goto' in target) await target.screenshot({ path, fullPage: options.fullPage ?? false });
  else await target.screenshot({ path });
}

/** Keeps a full-page picture under test-results/ when screenshots are asked for. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await keepScreenshot(page, `test-results/${name}.png`, { fullPage: true });
}

export async function heading(page: Page): Promise<string> {
  return (await page.locator('h1').textContent())?.trim() ?? '';
}

/** The texts of the choices the player can take now. */
export async function choiceTexts(page: Page): Promise<string[]> {
  return page.getByRole('group', { name: 'Choices' }).locator('button:not([aria-disabled="true"]) .choice-text').allTextContents();
}

/** Answers a "Name it" question by keyboard: radio groups take Space and arrow keys. */
export async function nameIt(page: Page, given: { where: string; how: string } | null): Promise<void> {
  if (!given) {
    await pressButton(page, 'Skip naming');
    return;
  }
  for (const [group, value] of [
    ['where', given.where],
    ['how', given.how],
  ] as const) {
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((g) => (document.activeElement as HTMLInputElement | null)?.name === g, group)) break;
    }
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; i += 1) {
      if (await page.evaluate((v) => (document.activeElement as HTMLInputElement).value === v, value)) break;
      await page.keyboard.press('ArrowDown');
    }
  }
  await pressButton(page, 'Name it');
}

/**
 * Plays from the first story text to the end, choosing with `pick` at each
 * decision, by keyboard. Returns the choices made.
 */
export interface PlayPolicy {
  pick: (choices: string[]) => number;
  /** How to answer "Name it"; null skips. */
  name?: (proposal: string) => { where: string; how: string } | null;
  /** A reason to type before the next decision (given the decisions made so far), or nothing. */
  why?: (decisions: number) => string | undefined;
  /** Called with the number of decisions made so far, whenever choices are on screen. */
  onScreen?: (decisions: number, page: Page) => Promise<void>;
}

export async function playToEnd(page: Page, policy: PlayPolicy): Promise<string[]> {
  const made: string[] = [];
  for (let turn = 0; turn < 80; turn += 1) {
    if (await page.getByRole('button', { name: 'Go to the debrief' }).count()) return made;
    if (await page.locator('form.name-it').count()) {
      const proposal = (await page.locator('form.name-it blockquote').textContent()) ?? '';
      await nameIt(page, policy.name?.(proposal) ?? null);
      await page.locator('form.name-it').waitFor({ state: 'detached' });
      continue;
    }
    const choices = await choiceTexts(page);
    if (!choices.length) throw new Error('A screen with neither choices nor a way to the debrief');
    await policy.onScreen?.(made.length, page);
    const picked = choices[policy.pick(choices)] as string;
    const why = policy.why?.(made.length);
    if (why !== undefined) {
      await tabToField(page, /^Why\?/);
      await page.keyboard.type(why);
    }
    await pressButton(page, picked);
    await page
      .waitForFunction((text) => document.querySelector('.chosen')?.textContent?.includes(text), picked, { timeout: 5000 })
      .catch(() => {
        throw new Error(`Choosing "${picked}" after ${made.join(' | ')} did not move the story on`);
      });
    made.push(picked);
  }
  throw new Error('The story did not end within 80 steps');
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
