// The real room server, started in this process on a free 127.0.0.1 port,
// and SDK clients that keep every message they receive, in order, so a test
// can wait for a view and inspect everything a phone was ever sent.
import WebSocket from 'ws';
import { Client } from '@colyseus/sdk';
import type { Room } from '@colyseus/sdk';
import { startRoomServer } from '../../src/server/room-server.ts';
import type { RoomServerOptions, RunningServer } from '../../src/server/room-server.ts';
import { storyLibrary } from '../../src/server/story-library.ts';
import { ERROR, KEY, ROOM_LOOKUP_PATH, ROOM_NAME, VIEW } from '../../src/room/protocol.ts';
import type { ConsoleView, FacilitatorKeyMessage, JoinOptions, PhoneView, ProjectorView } from '../../src/room/protocol.ts';
import { compiledStory } from '../unit/story-fixture.ts';

/**
 * Node's SDK client needs a global WebSocket (Node 20 has none). Each message
 * is its own event, as in a browser, so a page that registers its handlers as
 * soon as it has joined sees every message.
 */
class BrowserLikeWebSocket extends WebSocket {
  constructor(url: string, options?: WebSocket.ClientOptions & { protocols?: string | string[] }) {
    // The SDK passes { headers, protocols } as the second argument in Node.
    const { protocols, ...rest } = options ?? {};
    super(url, protocols ?? [], { ...rest, allowSynchronousEvents: false });
  }
}
(globalThis as { WebSocket?: unknown }).WebSocket = BrowserLikeWebSocket;

export const WAIT = 15_000;

export async function startTestServer(options: Partial<RoomServerOptions> = {}): Promise<RunningServer> {
  return startRoomServer({
    host: '127.0.0.1',
    port: 0,
    distDir: null,
    stories: storyLibrary(new Map([['the-shelter', compiledStory('stories/the-shelter.ink')]])),
    seed: () => 7,
    ...options,
    // Every test client comes from 127.0.0.1: the per-address limits are tried on their own (room-limits.test.ts).
    limits: { lookupBurst: 10_000, joinBurst: 10_000, ...options.limits },
  });
}

export interface Received {
  type: string | number;
  message: unknown;
}

type AnyView = ConsoleView | PhoneView | ProjectorView;

/** One client: its room, every message it received, and ways to wait for the next. */
export class Probe<V extends AnyView> {
  readonly received: Received[] = [];
  private waiters: { test: () => boolean; resolve: () => void }[] = [];
  left: number | null = null;

  constructor(public room: Room) {
    this.listen(room);
  }

  listen(room: Room): void {
    this.room = room;
    room.onMessage('*', (type: string | number, message: unknown) => {
      this.received.push({ type, message });
      this.check();
    });
    room.onLeave((code: number) => {
      this.left = code;
      this.check();
    });
  }

  private check(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.test()) return true;
      w.resolve();
      return false;
    });
  }

  get views(): V[] {
    return this.received.filter((r) => r.type === VIEW).map((r) => r.message as V);
  }

  get view(): V {
    const view = this.views.at(-1);
    if (!view) throw new Error('No view has arrived yet.');
    return view;
  }

  get errors(): string[] {
    return this.received.filter((r) => r.type === ERROR).map((r) => (r.message as { message: string }).message);
  }

  /** Waits until `test` holds (checked now and after every message), or fails after WAIT ms. */
  until(test: () => boolean, what = 'the expected message'): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Waited ${WAIT} ms for ${what}. Errors sent here: ${JSON.stringify(this.errors)}`)),
        WAIT,
      );
      this.waiters.push({
        test,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  /** Waits for a view (after those already received) that passes `test`. */
  async next(test: (view: V) => boolean, what?: string): Promise<V> {
    const from = this.views.length;
    let found: V | undefined;
    await this.until(() => {
      found = this.views.slice(from).find(test);
      return found !== undefined;
    }, what);
    return found!;
  }

  /** Waits for a view that passes `test`, the latest one counting. */
  async seen(test: (view: V) => boolean, what?: string): Promise<V> {
    await this.until(() => this.views.length > 0 && test(this.view), what);
    return this.view;
  }

  async error(matching: RegExp): Promise<string> {
    await this.until(() => this.errors.some((e) => matching.test(e)), `an error matching ${matching}`);
    return this.errors.find((e) => matching.test(e))!;
  }

  send(type: string, message: unknown = {}): void {
    this.room.send(type, message);
  }
}

export interface Facilitator {
  probe: Probe<ConsoleView>;
  key: string;
  roomId: string;
  code: string;
}

export async function openRoomAsFacilitator(server: RunningServer, scenarioId = 'the-shelter'): Promise<Facilitator> {
  const room = await new Client(server.url).create(ROOM_NAME, { audience: 'console', scenarioId } satisfies JoinOptions);
  const probe = new Probe<ConsoleView>(room);
  await probe.until(() => probe.received.some((r) => r.type === KEY) && probe.views.length > 0, 'the facilitator key and a view');
  const key = probe.received.find((r) => r.type === KEY)!.message as FacilitatorKeyMessage;
  return { probe, key: key.key, roomId: key.roomId, code: probe.view.code };
}

export async function lookUp(
  server: RunningServer,
  code: string,
): Promise<{ status: number; body: { roomId?: string; message?: string } }> {
  const response = await fetch(`${server.url}${ROOM_LOOKUP_PATH}${code}`);
  return { status: response.status, body: (await response.json()) as { roomId?: string; message?: string } };
}

export async function join<V extends AnyView>(server: RunningServer, code: string, options: JoinOptions): Promise<Probe<V>> {
  const { body } = await lookUp(server, code);
  if (!body.roomId) throw new Error(body.message ?? 'no room');
  const probe = new Probe<V>(await new Client(server.url).joinById(body.roomId, options));
  await probe.until(() => probe.views.length > 0, 'a first view');
  return probe;
}

export const joinPhone = (server: RunningServer, code: string, agency: string | null) =>
  join<PhoneView>(server, code, { audience: 'phone', agency });

export const joinProjector = (server: RunningServer, code: string) => join<ProjectorView>(server, code, { audience: 'projector' });

/** Leaves without consent, as a phone that loses Wi-Fi does: the server holds its seat. */
export function dropConnection(probe: Probe<AnyView>): void {
  probe.room.reconnection.enabled = false;
  const transport = probe.room.connection.transport as unknown as { ws: WebSocket };
  transport.ws.terminate();
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
