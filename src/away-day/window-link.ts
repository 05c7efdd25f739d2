// Keeps the projector window of a show of hands in step with the console
// window, in the same browser, with no server: every view goes out on a
// BroadcastChannel and, by window.postMessage, to each projector window the
// console knows (one it opened, or one that said hello from a window it
// opened). Both routes are always used, because a BroadcastChannel may not
// reach: in a cross-site frame (the console inside a learning system's page)
// Chromium keys the channel by the top-level site too, so the popup it opens
// hears nothing on it. Views carry a stamp (the console window's load and a
// count), so one arriving by both routes is shown once.
//
// The projector asks for a full view when it opens, and again every
// second, saying the stamp it has: a console answers only when it has
// something newer, so a console that reloads finds its projector again.
// Only the console window writes to storage; the projector keeps nothing.
import type { ProjectorView } from '../room/protocol.ts';

const APP = 'rules-at-play:hands';
/** How often a projector asks again, in ms: a console answers only with something newer, so this costs next to nothing. */
export const HELLO_EVERY_MS = 1000;
/** How long a projector waits for a console before saying how to connect one, in ms. */
export const SILENT_AFTER_MS = 8000;

type Hello = { app: typeof APP; code: string; kind: 'hello'; seen: string | null };
type Show = { app: typeof APP; code: string; kind: 'view'; stamp: string; view: ProjectorView };
type Closed = { app: typeof APP; code: string; kind: 'closed' };
type Note = Hello | Show | Closed;

const channelName = (code: string) => `${APP}:${code}`;

function isNote(data: unknown, code: string): data is Note {
  if (typeof data !== 'object' || data === null) return false;
  const note = data as Partial<Note>;
  return note.app === APP && note.code === code && (note.kind === 'hello' || note.kind === 'view' || note.kind === 'closed');
}

/** A BroadcastChannel, or null where the browser has none or refuses one. */
function channel(code: string): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName(code)) : null;
  } catch {
    return null;
  }
}

/** Messages from windows of this page's own origin only. */
function listen(code: string, accept: (note: Note, source: Window | null) => void): () => void {
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== location.origin || !isNote(event.data, code)) return;
    // A window's proxy from another window is not an instance of this window's Window; it has `closed`, a port has not.
    const source = event.source as Window | null;
    accept(event.data, source && typeof source.closed === 'boolean' ? source : null);
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}

export interface ProjectorFeed {
  /** Sends a view to every projector window. */
  show(view: ProjectorView): void;
  /** Tells every projector window the session is over. */
  closed(): void;
  /** Opens a projector window at `url` (a user's click); false when the browser blocked it. */
  open(url: string): boolean;
  stop(): void;
}

/** The console's side: sends each view to every projector of this session. */
export function feedProjectors(code: string, random: () => number = Math.random): ProjectorFeed {
  const broadcast = channel(code);
  const windows = new Set<Window>();
  const epoch = random().toString(36).slice(2, 10);
  let count = 0;
  let latest: Show | Closed | null = null;

  const post = (note: Note, only?: Window) => {
    for (const target of only ? [only] : [...windows]) {
      if (target.closed) windows.delete(target);
      else target.postMessage(note, location.origin);
    }
  };
  const send = (note: Show | Closed) => {
    latest = note;
    broadcast?.postMessage(note);
    post(note);
  };
  const answer = (hello: Hello, source: Window | null) => {
    if (!latest || (latest.kind === 'view' && hello.seen === latest.stamp)) return;
    if (source) post(latest, source);
    else broadcast?.postMessage(latest);
  };
  if (broadcast)
    broadcast.onmessage = (event: MessageEvent) => isNote(event.data, code) && event.data.kind === 'hello' && answer(event.data, null);
  const stopListening = listen(code, (note, source) => {
    if (note.kind !== 'hello' || !source) return;
    windows.add(source);
    answer(note, source);
  });

  return {
    show(view) {
      count += 1;
      send({ app: APP, code, kind: 'view', stamp: `${epoch}:${count}`, view });
    },
    closed() {
      send({ app: APP, code, kind: 'closed' });
    },
    open(url) {
      const opened = window.open(url, `rules-at-play-projector-${code}`, 'popup,width=1280,height=720');
      if (!opened) return false;
      windows.add(opened);
      return true;
    },
    stop() {
      stopListening();
      broadcast?.close();
      windows.clear();
    },
  };
}

export interface ConsoleHandlers {
  view(view: ProjectorView): void;
  closed(): void;
  /** No console has answered for a while: say how to connect one. */
  silent(): void;
}

/** Which of two stamps is newer: a new console window (another epoch) always is. */
function newer(stamp: string, than: string | null): boolean {
  if (than === null) return true;
  const [epoch, count] = stamp.split(':');
  const [seenEpoch, seenCount] = than.split(':');
  return epoch !== seenEpoch || Number(count) > Number(seenCount);
}

/** The projector's side: asks for the console's view now and every second, and shows each newer one. */
export function listenToConsole(code: string, handlers: ConsoleHandlers): () => void {
  const broadcast = channel(code);
  let seen: string | null = null;
  let heard = false;
  let stop = () => {};
  const receive = (note: Note) => {
    if (note.kind === 'closed') {
      // The session is over: a new one has a new code, so there is nothing more to ask for.
      stop();
      handlers.closed();
      return;
    }
    if (note.kind !== 'view' || !newer(note.stamp, seen)) return;
    seen = note.stamp;
    heard = true;
    handlers.view(note.view);
  };
  if (broadcast) broadcast.onmessage = (event: MessageEvent) => isNote(event.data, code) && receive(event.data);
  const stopListening = listen(code, (note, source) => {
    if (source && source === window.opener) receive(note);
  });
  const hello = () => {
    const note: Hello = { app: APP, code, kind: 'hello', seen };
    broadcast?.postMessage(note);
    const opener = window.opener as Window | null;
    if (opener && !opener.closed) opener.postMessage(note, location.origin);
  };
  hello();
  const again = setInterval(hello, HELLO_EVERY_MS);
  const silence = setTimeout(() => heard || handlers.silent(), SILENT_AFTER_MS);
  stop = () => {
    clearInterval(again);
    clearTimeout(silence);
    stopListening();
    broadcast?.close();
  };
  return () => stop();
}
