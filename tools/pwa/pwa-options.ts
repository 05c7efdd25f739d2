// The game as an installable app that works offline (vite-plugin-pwa, which
// runs Workbox). The service worker precaches every file the game page uses —
// every scenario's story file, sound, font and export chunk — so after one visit it
// all works with no network. It never reloads the page by itself: a new
// version waits until the player takes it from the title screen.
//
// It covers the solo game only. The away-day pages (/phone, /console,
// /projector) and the room server (/api/) always go to the network, and their
// files are not precached; LMS packages get no service worker at all.
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** Paths the service worker must never answer for: the away-day room lives on the network. */
export const NETWORK_ONLY = [/^\/phone/, /^\/console/, /^\/projector/, /^\/api\//];

/** Built files of the away-day pages, kept out of the precache. */
export const NOT_PRECACHED = ['**/phone*', '**/console*', '**/projector*', '**/api/**'];

/**
 * LMS packages run inside a learning platform's frame and keep no service
 * worker: built with `--mode lms`, or with NO_SERVICE_WORKER=1 set.
 */
export function serviceWorkerWanted(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_SERVICE_WORKER === '1') return false;
  const mode = argv.findIndex((a) => a === '--mode' || a === '-m');
  const named = argv.find((a) => a.startsWith('--mode='))?.slice('--mode='.length) ?? (mode >= 0 ? argv[mode + 1] : undefined);
  return !(named ?? '').startsWith('lms');
}

export function pwaOptions(wanted = serviceWorkerWanted()): Partial<VitePWAOptions> {
  return {
    disable: !wanted,
    // The shipped worker (minified, no debug logging) even when the tests build under NODE_ENV=test.
    mode: 'production',
    // The game offers an update on its title screen (src/shell/updates.ts); it is never applied mid-scenario.
    registerType: 'prompt',
    injectRegister: false,
    // The icons are in public/ and precached by the glob below already.
    includeManifestIcons: false,
    manifest: {
      name: 'Rules at Play',
      short_name: 'Rules at Play',
      description: 'A reflective-practice game for multi-agency safeguarding panels. Everything stays on this device.',
      lang: 'en-GB',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      background_color: '#1c1f24',
      theme_color: '#1c1f24',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,wav,ttf,json}'],
      globIgnores: NOT_PRECACHED,
      // Phaser's chunk is about 1.5 MB and the ambience loops are large: precache them all the same.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: NETWORK_ONLY,
      cleanupOutdatedCaches: true,
      // No skipWaiting or clientsClaim: the waiting version is taken only when the player asks.
    },
  };
}
