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
  return {
    score: report.categories.performance.score,
    fcp: audits['first-contentful-paint'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    totalBytes: audits['total-byte-weight'].numericValue,
    jsBeforeFirstText: scripts.filter((r) => r.networkEndTime <= firstText).reduce((n, r) => n + r.transferSize, 0),
    jsAtLoad: scripts.reduce((n, r) => n + r.transferSize, 0),
    observedFcp: firstText,
  };
}
