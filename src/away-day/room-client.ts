// The one module that talks to the room server (the only importer of
// @colyseus/sdk). It joins or creates a room, hands each view to the page,
// sends the page's messages, and keeps the seat: the reconnection token lives
// in sessionStorage, so a reload rejoins the same seat with its vote, and a
// dropped connection or a page that becomes visible again rejoins with
// backoff. Nothing here needs a secure context: phones reach the server over
// plain http on a local network.
import { Client, MatchMakeError } from '@colyseus/sdk';
import type { Room } from '@colyseus/sdk';
import { ERROR, KEY, ROOM_LOOKUP_PATH, ROOM_NAME, VIEW } from '../room/protocol.ts';
import type { ConsoleMessage, ErrorMessage, FacilitatorKeyMessage, JoinOptions, PhoneMessage } from '../room/protocol.ts';
import { backoffDelay } from './connection-words.ts';
import type { ConnectionStatus } from './connection-words.ts';

export type { ConnectionStatus };

export interface RoomHandlers<V> {
  view(view: V): void;
  /** A message from the server in plain words (a refused vote, a bad code). */
  error(message: string): void;
  status(status: ConnectionStatus): void;
  key?(key: FacilitatorKeyMessage): void;
}

export interface RoomLink {
  send(message: ConsoleMessage | PhoneMessage): void;
  /** Leaves on purpose: the seat is not held and the token is forgotten. */
  leave(): Promise<void>;
}

/** How to get into the room when there is no held seat to rejoin. */
export type Entry = { kind: 'create'; options: JoinOptions } | { kind: 'join'; roomId: string; options: JoinOptions };

const GIVE_UP_AFTER_MS = 10 * 60 * 1000;

/** The server refused outright (no such code, a full room): trying again will not help. */
export class Refused extends Error {}

/** Turns a room code into a room id; throws Refused when there is no such room, an Error when the server cannot be reached. */
export async function lookUpCode(code: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`${ROOM_LOOKUP_PATH}${encodeURIComponent(code)}`, { headers: { accept: 'application/json' } });
  } catch {
    throw new Error('Cannot reach the room server. Check you are on the same network as the facilitator.');
  }
  const body = (await response.json().catch(() => ({}))) as { roomId?: unknown; message?: unknown };
  if (response.ok && typeof body.roomId === 'string') return body.roomId;
  if (response.status >= 500) throw new Error('The room server had a problem. Trying again…');
  if (typeof body.message === 'string' && body.message) throw new Refused(body.message);
  throw new Refused(`There is no open room with the code ${code}. Check the code with the facilitator.`);
}

function readToken(storageKey: string): string | null {
  try {
    return window.sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

function writeToken(storageKey: string, token: string | null): void {
  try {
    if (token) window.sessionStorage.setItem(storageKey, token);
    else window.sessionStorage.removeItem(storageKey);
  } catch {
    // Without storage a reload starts afresh; the live connection still works.
  }
}

/** The room is gone (closed, or the held seat ran out): rejoining cannot work. */
function roomGone(error: unknown): boolean {
  return error instanceof MatchMakeError && [520, 521, 522, 524].includes(error.code);
}

/**
 * Connects to a room and keeps the connection. `storageKey` names this tab's
 * held seat (one per audience). `entry` is called only when no held seat can
 * be rejoined: it says how to create or join afresh.
 */
export function connectRoom<V>(storageKey: string, entry: () => Promise<Entry>, handlers: RoomHandlers<V>): RoomLink {
  const client = new Client(window.location.origin);
  let room: Room | null = null;
  let leaving = false;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let droppedAt: number | null = null;
  let connecting = false;
  const pending: (ConsoleMessage | PhoneMessage)[] = [];

  const attach = (joined: Room) => {
    room = joined;
    attempt = 0;
    droppedAt = null;
    writeToken(storageKey, joined.reconnectionToken);
    joined.onMessage(VIEW, (view: V) => handlers.view(view));
    joined.onMessage(ERROR, (error: ErrorMessage) => handlers.error(error.message));
    joined.onMessage(KEY, (key: FacilitatorKeyMessage) => handlers.key?.(key));
    // The SDK retries a dropped socket by itself first; these keep the page's words in step.
    joined.onDrop(() => handlers.status('reconnecting'));
    joined.onReconnect(() => {
      writeToken(storageKey, joined.reconnectionToken);
      handlers.status('connected');
    });
    joined.onLeave((code) => {
      if (room === joined) room = null;
      if (leaving) return;
      // 4000–4002: the server ended this seat (the room closed, or the seat was removed); 4003 is the SDK giving up its own retries.
      if (code >= 4000 && code <= 4002) {
        writeToken(storageKey, null);
        handlers.status('closed');
        return;
      }
      droppedAt ??= Date.now();
      handlers.status('reconnecting');
      schedule();
    });
    handlers.status('connected');
    for (const message of pending.splice(0)) joined.send(message.type, message);
  };

  const connect = async () => {
    if (connecting || room || leaving) return;
    connecting = true;
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    try {
      const token = readToken(storageKey);
      if (token) {
        try {
          attach(await client.reconnect(token));
          return;
        } catch (error) {
          // The server would not give the seat back (no longer held, or refused): forget it and
          // come in afresh, so the person at least has a seat; a network failure: try again later.
          if (!(error instanceof MatchMakeError)) throw error;
          writeToken(storageKey, null);
        }
      }
      const how = await entry();
      attach(how.kind === 'create' ? await client.create(ROOM_NAME, how.options) : await client.joinById(how.roomId, how.options));
    } catch (error) {
      if (roomGone(error)) {
        handlers.status('closed');
        return;
      }
      if (error instanceof Refused || error instanceof MatchMakeError) {
        // Refused outright (a bad code, a full room): say so and do not hammer the server.
        handlers.error(error.message);
        handlers.status('failed');
        return;
      }
      droppedAt ??= Date.now();
      handlers.status('reconnecting');
      schedule();
    } finally {
      connecting = false;
    }
  };

  function schedule(): void {
    if (leaving || retryTimer) return;
    if (droppedAt !== null && Date.now() - droppedAt > GIVE_UP_AFTER_MS) {
      handlers.status('lost');
      return;
    }
    attempt += 1;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void connect();
    }, backoffDelay(attempt));
  }

  // A phone that wakes up rejoins at once rather than waiting out the backoff.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || leaving) return;
    if (!room) {
      attempt = 0;
      void connect();
    }
  });
  window.addEventListener('online', () => {
    if (!room && !leaving) void connect();
  });

  void connect();

  return {
    send(message) {
      if (room) room.send(message.type, message);
      else if (pending.length < 5) pending.push(message);
    },
    async leave() {
      leaving = true;
      writeToken(storageKey, null);
      if (retryTimer) clearTimeout(retryTimer);
      await room?.leave(true);
      room = null;
    },
  };
}
