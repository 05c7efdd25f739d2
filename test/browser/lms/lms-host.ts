// The stand-in learning system for the browser tests: builds the packages
// (npm run package:lms), unzips them, and serves them beside the scorm-again
// harness page on a free 127.0.0.1 port. The game in a package is driven
// through its frame with the same keyboard helpers as the web game.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { inject } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { playToEnd } from '../game-page.ts';
import type { PlayPolicy } from '../game-page.ts';
import { packageLms } from '../../../tools/lms/package-lms.ts';
import type { BuiltPackage } from '../../../tools/lms/package-lms.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wav': 'audio/wav',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
};

export interface LmsHost {
  baseUrl: string;
  packages: BuiltPackage[];
  /** The folder each package was unzipped into, by package name (without .zip). */
  unpacked: Map<string, string>;
  stop: () => Promise<void>;
}

function unzipInto(zipFile: string, dir: string): void {
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zipFile)))) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
}

/** Takes the lock file for this test run, waiting while another file of the run holds it; a lock left by an earlier run is stale. */
async function lockFor(lock: string, run: string): Promise<void> {
  for (;;) {
    try {
      writeFileSync(lock, run, { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder = run;
    try {
      holder = readFileSync(lock, 'utf8');
    } catch {
      continue;
    }
    if (holder !== run) unlinkSync(lock);
    else await new Promise((done) => setTimeout(done, 250));
  }
}

/**
 * Builds the packages (npm run package:lms) once per test run, for whichever
 * LMS file asks first: the two files may run side by side, and each building
 * dist-lms/ would empty it under the other. The other file waits for the
 * lock and reads what was built (dist-lms/built.json, stamped with the run).
 */
async function packagesThisRun(): Promise<BuiltPackage[]> {
  const run = inject('runId');
  const stamp = join(ROOT, 'dist-lms', 'built.json');
  const lock = join(ROOT, 'dist-lms', 'build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  await lockFor(lock, run);
  try {
    try {
      const kept = JSON.parse(readFileSync(stamp, 'utf8')) as { run: string; packages: BuiltPackage[] };
      if (kept.run === run) return kept.packages;
    } catch {
      // Nothing built yet in this run.
    }
    const packages = await packageLms(ROOT);
    writeFileSync(stamp, JSON.stringify({ run, packages }));
    return packages;
  } finally {
    unlinkSync(lock);
  }
}

export async function startLmsHost(): Promise<LmsHost> {
  const packages = await packagesThisRun();
  const work = mkdtempSync(join(tmpdir(), 'rules-at-play-lms-'));
  const unpacked = new Map<string, string>();
  for (const p of packages) {
    const name = basename(p.file, '.zip');
    unzipInto(p.file, join(work, name));
    unpacked.set(name, join(work, name));
  }
  const scormAgain = join(ROOT, 'node_modules', 'scorm-again', 'dist');
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file: string | null = null;
    if (path === '/harness.html' || path === '/harness.js') file = join(HERE, path);
    else if (path.startsWith('/scorm-again/')) file = join(scormAgain, path.slice('/scorm-again/'.length));
    else if (path.startsWith('/pkg/')) file = join(work, path.slice('/pkg/'.length));
    try {
      if (!file || !file.startsWith(path.startsWith('/pkg/') ? work : file.startsWith(HERE) ? HERE : scormAgain))
        throw new Error('outside');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The LMS host did not report a port.');
  return {
    baseUrl: `http://127.0.0.1:${address.port}/`,
    packages,
    unpacked,
    stop: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** The package's frame once the game in it shows its first heading. */
export async function gameFrame(page: Page): Promise<Frame> {
  await page.waitForFunction(() => {
    const frame = document.getElementById('sco') as HTMLIFrameElement | null;
    return Boolean(frame?.contentDocument?.querySelector('main h1'));
  });
  const frame = page.frames().find((f) => f.url().includes('/pkg/'));
  if (!frame) throw new Error('The package did not load in its frame.');
  return frame;
}

/**
 * The frame, looking like a page to the keyboard helpers: keys go to the page
 * (and so to whatever has focus inside the frame); everything else reads the frame.
 */
export function framed(page: Page, frame: Frame): Page {
  return new Proxy(frame, {
    get(target, prop) {
      if (prop === 'keyboard') return page.keyboard;
      if (prop === 'screenshot') return page.screenshot.bind(page);
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as unknown as Page;
}

export interface LmsRecord {
  sessions: number;
  initialized: number;
  finished: number;
  commits: number;
  suspend: string;
  status: string;
  sets: [string, string, string][];
}

export const lmsRecord = (page: Page): Promise<LmsRecord> => page.evaluate(() => (window as unknown as { lmsRecord: LmsRecord }).lmsRecord);

/** Unloads the package's frame, as an LMS does when the learner leaves: the game ends its session. */
export async function leavePackage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank';
  });
  await page.waitForFunction(() => (window as unknown as { lmsRecord: { finished: number } }).lmsRecord.finished > 0);
}

export interface TrackedPage {
  page: Page;
  /** Every address the page (and its frames) asked for. */
  requests: string[];
  errors: string[];
  close: () => Promise<void>;
}

/** A page in a fresh browser context, with its requests and errors written down. */
export async function openTracked(browser: Browser, url: string): Promise<TrackedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, requests, errors, close: () => context.close() };
}

/** Makes `count` decisions with the policy (namings as it says), then stops; returns the options chosen. */
export async function playSome(page: Page, count: number, policy: Omit<PlayPolicy, 'pick'> & Partial<PlayPolicy> = {}): Promise<string[]> {
  const made: string[] = [];
  const stop = new Error('stop here');
  // Right after "Begin" the story may still be loading (slow on a busy machine): wait for its first decision or naming.
  await page.getByRole('group', { name: 'Choices' }).or(page.locator('form.name-it')).first().waitFor();
  await playToEnd(page, {
    ...policy,
    pick: (choices) => {
      if (made.length === count) throw stop;
      const index = policy.pick?.(choices) ?? 0;
      made.push(choices[index]!);
      return index;
    },
  }).catch((error: unknown) => {
    if (error !== stop) throw error;
  });
  return made;
}
