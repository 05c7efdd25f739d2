// The game's service worker (built by vite-plugin-pwa; tools/pwa): it keeps
// every file for offline play. A new version installs in the background and
// then waits: it is offered on the title screen and taken only when the
// player asks, so nothing ever reloads the page in the middle of a scenario.
// Registered by hand (a few lines) rather than through workbox-window, so the
// page carries no library for it.

/** Checked again this often while the game stays open (browsers also check on every load). */
const CHECK_MS = 60 * 60 * 1000;

export class Updates {
  private waiting: ServiceWorker | null = null;
  private readonly listeners: (() => void)[] = [];

  /**
   * Registers the service worker where there is one to register (a built
   * game served over http(s)). The page hands in how to register, so a
   * build that must keep no worker (an LMS package) carries no code for it.
   */
  start(url: string, scope: string, register: (url: string, scope: string) => Promise<ServiceWorkerRegistration>): void {
    if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
    register(url, scope)
      .then((registration) => {
        if (registration.waiting && navigator.serviceWorker.controller) this.offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const next = registration.installing;
          next?.addEventListener('statechange', () => {
            // The first install has no controller yet: that is not an update.
            if (next.state === 'installed' && navigator.serviceWorker.controller) this.offer(next);
          });
        });
        window.setInterval(() => void registration.update().catch(() => undefined), CHECK_MS);
      })
      .catch(() => {
        /* No service worker (a development server, an LMS package, a locked-down browser): the game works online as before. */
      });
  }

  /** Called when a new version is ready to be offered. */
  onReady(listener: () => void): void {
    this.listeners.push(listener);
  }

  get ready(): boolean {
    return this.waiting !== null;
  }

  /** Takes the new version now: the waiting worker takes over and the page reloads onto it. */
  apply(): void {
    const waiting = this.waiting;
    if (!waiting) return;
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    // Workbox's generated worker answers this message with skipWaiting().
    waiting.postMessage({ type: 'SKIP_WAITING' });
  }

  private offer(worker: ServiceWorker): void {
    this.waiting = worker;
    for (const listener of this.listeners) listener();
  }
}

/**
 * Asks the browser to keep the game's storage rather than clear it when the
 * device runs short of space. `refused` is called when it says no.
 */
export function askToKeepStorage(refused: () => void): void {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persist) return;
  storage
    .persisted()
    .then((already) => (already ? true : storage.persist()))
    .then((kept) => {
      if (!kept) refused();
    })
    .catch(() => undefined);
}
