// Tells the game's other open tabs what this tab did to the shared storage,
// so they can react at once (above all: stop writing after "erase
// everything"). BroadcastChannel where the browser has it; the storage event
// otherwise, which also fires when another tab clears the game's keys.

export type TabMessage =
  | { type: 'erased' }
  | { type: 'saved'; scenarioId: string }
  /** A stored value changed in another tab (delivered locally from the storage event). */
  | { type: 'changed' };

const CHANNEL = 'rules-at-play';
const SIGNAL_KEY = 'rules-at-play:signal';

export class TabSync {
  private readonly channel: BroadcastChannel | null;
  private readonly handlers: ((message: TabMessage) => void)[] = [];

  constructor(private readonly target: Window | null = typeof window === 'undefined' ? null : window) {
    let channel: BroadcastChannel | null = null;
    try {
      channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
    } catch {
      channel = null;
    }
    this.channel = channel;
    if (channel) channel.onmessage = (event: MessageEvent<TabMessage>) => this.deliver(event.data);
    this.target?.addEventListener('storage', (event) => {
      // Without a channel, a short-lived signal key carries the message.
      if (!this.channel && event.key === SIGNAL_KEY && event.newValue) this.deliver(JSON.parse(event.newValue) as TabMessage);
      // Storage cleared from elsewhere (another tab, or the browser's own tools).
      if (event.key === null) this.deliver({ type: 'erased' });
      // A tab's storage can lag behind a message from the tab that changed it,
      // so lists are drawn again when the change itself arrives.
      else if (event.key.startsWith('rules-at-play:') && event.key !== SIGNAL_KEY) this.deliver({ type: 'changed' });
    });
  }

  on(handler: (message: TabMessage) => void): void {
    this.handlers.push(handler);
  }

  announce(message: TabMessage): void {
    if (this.channel) {
      this.channel.postMessage(message);
      return;
    }
    try {
      this.target?.localStorage.setItem(SIGNAL_KEY, JSON.stringify(message));
      this.target?.localStorage.removeItem(SIGNAL_KEY);
    } catch {
      /* no storage to share, so no other tab to tell */
    }
  }

  private deliver(message: TabMessage): void {
    if (!message || typeof message !== 'object' || typeof message.type !== 'string') return;
    for (const handler of this.handlers) handler(message);
  }
}
