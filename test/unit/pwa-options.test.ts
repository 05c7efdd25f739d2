// The service worker covers the solo game only: the away-day pages and the
// room server always go to the network and are never precached, and LMS
// builds get no service worker at all.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getManifest } from 'workbox-build';
import { NETWORK_ONLY, pwaOptions, serviceWorkerWanted } from '../../tools/pwa/pwa-options.ts';

const built = mkdtempSync(join(tmpdir(), 'rules-at-play-pwa-'));
afterAll(() => rmSync(built, { recursive: true, force: true }));

describe('the service worker', () => {
  it.each([
    ['/phone', true],
    ['/phone.html', true],
    ['/console/room-42', true],
    ['/projector.html', true],
    ['/api/rooms', true],
    ['/', false],
    ['/index.html', false],
    ['/assets/index-abc.js', false],
  ])('answers navigation to %s from the network only: %s', (path, networkOnly) => {
    expect(NETWORK_ONLY.some((pattern) => pattern.test(path))).toBe(networkOnly);
    expect(pwaOptions(true).workbox?.navigateFallbackDenylist).toEqual(NETWORK_ONLY);
  });

  it("precaches the game's files and none of the away-day pages'", async () => {
    const files = [
      'index.html',
      'assets/index-abc.js',
      'assets/the-shelter-abc.js',
      'assets/DejaVuSans-abc.ttf',
      'audio/choice.wav',
      'phone.html',
      'console.html',
      'projector.html',
      'assets/phone-abc.js',
      'assets/console-abc.js',
      'assets/projector-abc.css',
    ];
    for (const file of files) {
      mkdirSync(dirname(join(built, file)), { recursive: true });
      writeFileSync(join(built, file), file);
    }
    const { workbox } = pwaOptions(true);
    const { manifestEntries } = await getManifest({
      globDirectory: built,
      globPatterns: workbox?.globPatterns,
      globIgnores: workbox?.globIgnores,
    });
    expect((manifestEntries ?? []).map((e) => e.url).sort()).toEqual([
      'assets/DejaVuSans-abc.ttf',
      'assets/index-abc.js',
      'assets/the-shelter-abc.js',
      'audio/choice.wav',
      'index.html',
    ]);
  });

  it.each([
    [['vite', 'build'], {}, true],
    [['vite', 'build', '--mode', 'lms'], {}, false],
    [['vite', 'build', '--mode=lms-scorm'], {}, false],
    [['vite', 'build', '-m', 'lms'], {}, false],
    [['vite', 'build'], { NO_SERVICE_WORKER: '1' }, false],
  ])('is built for %j with %j: %s', (argv, env, wanted) => {
    expect(serviceWorkerWanted(argv, env)).toBe(wanted);
    expect(pwaOptions(wanted).disable).toBe(!wanted);
  });
});
