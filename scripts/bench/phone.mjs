// Hook for target 3 of issue 19, the phone page of an away-day room, which
// another branch adds (dist/phone.html). With no phone page in the build it
// reports nothing. With one, Lighthouse gives the JavaScript it loads; "ready
// to vote" needs a room to join, so that branch fills in `ready` by starting
// its room server and timing the page to its first vote button.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { lighthouse } from './lighthouse.mjs';

export async function measurePhone(_browser, distDir, baseUrl, chrome, flags) {
  if (!existsSync(join(distDir, 'phone.html'))) return null;
  const report = await lighthouse(`${baseUrl}/phone.html`, chrome, flags);
  return { js: report.jsAtLoad, ready: null, readyNote: 'not measured: needs a room server (hook in scripts/bench/phone.mjs)' };
}
