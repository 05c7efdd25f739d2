// SDK clients for tests and the bench that run against room servers in other
// processes: each keeps the views it receives, so a test can wait for one.
import WebSocket from 'ws';
import { Client } from '@colyseus/sdk';
import type { Room } from '@colyseus/sdk';
import { KEY, ROOM_LOOKUP_PATH, ROOM_NAME, VIEW } from '../../src/room/protocol.ts';
import type { ConsoleView, FacilitatorKeyMessage, JoinOptions, PhoneView } from '../../src/room/protocol.ts';

// Node 20 has no global WebSocket; the SDK needs one. One event per message, as in a browser.
class BrowserLikeWebSocket extends WebSocket {
  constructor(url: string, protocols?: string | string[]) {
    super(url, protocols, { allowSynchronousEvents: false });
  }
}
(globalThis as { WebSocket?: unknown }).WebSocket ??= BrowserLikeWebSocket;

export class Screen<V extends { phase: string }> {
  views: V[] = [];
  /** Times the SDK reconnected this screen by itself. */
  reconnects = 0;
  key: FacilitatorKeyMessage | null = null;
  private waiters: (() => void)[] = [];

  constructor(public room: Room) {
    this.listen(room);
  }

  listen(room: Room): void {
    this.room = room;
    room.onMessage(VIEW, (view: V) => {
      this.views.push(view);
      for (const wake of this.waiters.splice(0)) wake();
    });
    room.onMessage(KEY, (key: FacilitatorKeyMessage) => {
      this.key = key;
      for (const wake of this.waiters.splice(0)) wake();
    });
    room.onMessage('*', () => undefined);
    room.onReconnect(() => {
      this.reconnects += 1;
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  get view(): V {
    const view = this.views.at(-1);
    if (!view) throw new Error('No view yet.');
    return view;
  }

  /** Waits until the latest view passes `test`, or fails after `ms`. */
  async until(test: (view: V) => boolean, what: string, ms = 15_000): Promise<V> {
    const deadline = Date.now() + ms;
    while (!(this.views.length && test(this.view))) {
      if (Date.now() > deadline)
        throw new Error(
          `Waited ${ms} ms for ${what}; last view: ${JSON.stringify({ ...this.views.at(-1), lines: undefined, options: undefined, seats: undefined })}`,
        );
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    return this.view;
  }

  send(type: string, message: object = {}): void {
    this.room.send(type, message);
  }
}

export async function createRoom(url: string, scenarioId = 'the-shelter'): Promise<Screen<ConsoleView>> {
  const screen = new Screen<ConsoleView>(
    await new Client(url).create(ROOM_NAME, { audience: 'console', scenarioId } satisfies JoinOptions),
  );
  await screen.until(() => screen.key !== null, 'the facilitator key');
  return screen;
}

export async function lookUpCode(url: string, code: string): Promise<string> {
  const response = await fetch(`${url}${ROOM_LOOKUP_PATH}${code}`);
  const body = (await response.json()) as { roomId?: string; message?: string };
  if (!body.roomId) throw new Error(body.message ?? `lookup answered ${response.status}`);
  return body.roomId;
}

export async function joinPhone(url: string, code: string, agency: string): Promise<Screen<PhoneView>> {
  const roomId = await lookUpCode(url, code);
  const screen = new Screen<PhoneView>(await new Client(url).joinById(roomId, { audience: 'phone', agency } satisfies JoinOptions));
  await screen.until(() => true, 'a first view');
  return screen;
}

/** What a page does with the token it kept in sessionStorage: rejoin its own place, through `url`. */
export async function rejoin<V extends { phase: string }>(
  screen: Screen<V>,
  url: string,
  token = screen.room.reconnectionToken,
): Promise<void> {
  screen.listen(await new Client(url).reconnect(token));
}
