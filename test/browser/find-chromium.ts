// Finds a Chromium for the browser tests: CHROME_PATH, then Debian's
// /usr/bin/chromium, then Playwright's own download if one exists.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const INSTALL_HINT =
  'No Chromium found for the browser tests: install one (Debian or Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium binary.';

export function chromiumCandidates(): (string | undefined)[] {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // playwright-core knows no browser of its own here; that is fine.
  }
  return candidates;
}

export function findChromium(candidates = chromiumCandidates()): string | null {
  return candidates.find((path): path is string => Boolean(path) && existsSync(path as string)) ?? null;
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
