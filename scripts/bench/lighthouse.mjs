// Lighthouse (a pinned devDependency) on the local Chromium, mobile profile,
// performance only. Run as a child process so the bench's server, in this
// process, keeps answering.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const CLI = fileURLToPath(import.meta.resolve('lighthouse/cli/index.js'));
export const LIGHTHOUSE_VERSION = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('lighthouse/package.json')), 'utf8')).version;

export async function lighthouse(url, chrome, flags) {
  const out = join(mkdtempSync(join(tmpdir(), 'lh-')), 'report.json');
  await promisify(execFile)(
    process.execPath,
    [CLI, url, '--quiet', '--only-categories=performance', '--output=json', `--output-path=${out}`, `--chrome-flags=${flags.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const audits = report.audits;
  const observed = audits.metrics.details.items[0];
  const scripts = audits['network-requests'].details.items.filter((r) => r.resourceType === 'Script');
  // Network times are from the run itself (unthrottled), so they are set
  // against the first paint observed in the same run, not the simulated one.
  const firstText = observed.observedFirstContentfulPaint;
  // The game marks the moment its title's buttons work (performance.mark in
  // src/main.ts). Its page starts its scripts only after the first paint, so
  // "JS before first text" alone would say little: the scripts loaded by
  // that mark are what a player waits for before the title can be used.
  // (User timings count from the navigation's start, network times from the
  // page's first request: the same moment within a few milliseconds.)
  const usable = audits['user-timings']?.details?.items?.find((t) => t.name === 'title-usable')?.startTime ?? null;
  const loadedBy = (time) => scripts.filter((r) => r.networkEndTime <= time).reduce((n, r) => n + r.transferSize, 0);
  return {
    score: report.categories.performance.score,
    fcp: audits['first-contentful-paint'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    totalBytes: audits['total-byte-weight'].numericValue,
    jsBeforeFirstText: loadedBy(firstText),
    jsUntilUsable: usable === null ? null : loadedBy(usable),
    observedUsable: usable,
    jsAtLoad: scripts.reduce((n, r) => n + r.transferSize, 0),
    observedFcp: firstText,
  };
}
