// The away-day room when rooms are hosted on Redis: the same PanelRoom, which
// also saves itself at every change and, on another process, comes back from
// what it saved. A restored room keeps its id and code, replays its story to
// the same line, keeps every seat's vote, and holds each screen's place under
// the reconnection token that screen already has, so phones, the projector
// and the console come back by themselves (the SDK's own reconnection, or a
// page's rejoin with its stored token) as after any dropped connection.
import { ClientState, matchMaker } from '@colyseus/core';
import type { Client } from '@colyseus/core';
import { replay } from '../play/playthrough.ts';
import { SEAT_HOLD_SECONDS } from '../room/protocol.ts';
import type { Audience } from '../room/protocol.ts';
import { PanelRoom } from './panel-room.ts';
import { savedRoom } from './room-store.ts';
import type { SavedClient, SavedRoom } from './room-store.ts';
import type { RedisRoomStore } from './redis-rooms.ts';
import type { Handover } from './redis-keys.ts';

export interface Durability {
  store: RedisRoomStore;
  /** Rooms this process is taking over, by room id, until their onCreate reads them. */
  restoring: Map<string, SavedRoom>;
  handover: Handover;
}

interface Auth {
  audience: Audience;
  creator: boolean;
}

export class DurablePanelRoom extends PanelRoom {
  declare static readonly durability: Durability;
  /** Every screen with a place in the room (connected, or held after a drop). */
  private readonly held = new Map<string, SavedClient>();

  private get durability(): Durability {
    return (this.constructor as typeof DurablePanelRoom).durability;
  }

  override async onCreate(options: unknown): Promise<void> {
    await super.onCreate(options);
    const saved = this.durability.restoring.get(this.roomId);
    if (!saved || !this.story) return;
    this.durability.restoring.delete(this.roomId);
    const { state } = saved;
    // Everyone dropped with the old process: each seat waits, connected again when its phone is back.
    this.panel = {
      ...state,
      seats: state.seats.map((seat) => ({ ...seat, connected: false })),
      step: replay(this.story, state.playthrough),
    };
    this.keyHash = saved.keyHash;
    this.claimed = true;
    // Before the room is listed, so the first socket to reach it already finds its place held.
    this.holdSavedPlaces(saved.clients);
  }

  /** After a restore: each saved screen's place is held as if it had just dropped. */
  private holdSavedPlaces(clients: SavedClient[]): void {
    for (const saved of clients) {
      const auth: Auth = { audience: saved.audience, creator: false };
      const ghost = {
        sessionId: saved.sessionId,
        reconnectionToken: saved.token,
        auth,
        userData: { audience: saved.audience, seat: saved.seat, bucket: this.bucketFor(saved.audience), sent: '' },
        state: ClientState.LEAVING,
      } as unknown as Client;
      this.held.set(saved.sessionId, saved);
      this.allowReconnection(ghost, SEAT_HOLD_SECONDS).then(undefined, () => this.onLeave(ghost));
    }
    this.flush();
  }

  override onJoin(client: Client, options: { agency?: string | null }, auth: Auth): void {
    super.onJoin(client as never, options, auth);
    const userData = client.userData as { seat: string | null } | undefined;
    this.held.set(client.sessionId, {
      sessionId: client.sessionId,
      token: client.reconnectionToken,
      audience: auth.audience,
      seat: userData?.seat ?? null,
    });
  }

  override onReconnect(client: Client): void {
    super.onReconnect(client as never);
    const held = this.held.get(client.sessionId);
    if (held) held.token = client.reconnectionToken;
  }

  override onLeave(client: Client): void {
    // Handing the room over: its screens leave this process, not the room.
    if (this.durability.handover.active) return;
    super.onLeave(client as never);
    this.held.delete(client.sessionId);
  }

  override onDispose(): void {
    const panel = this.panel;
    super.onDispose();
    if (!panel) return;
    // A planned stop hands the room to another process; anything else (closed, or everyone gone) erases it.
    if (this.durability.handover.active) this.durability.store.forget(this.roomId);
    else this.durability.store.erase(this.roomId, panel.config.code);
  }

  protected override flush(): void {
    super.flush();
    const panel = this.panel;
    if (!panel || panel.closed || this.durability.handover.active) return;
    for (const client of this.clients) {
      const held = this.held.get(client.sessionId);
      if (held) held.seat = (client.userData as { seat: string | null } | undefined)?.seat ?? null;
    }
    this.durability.store.save(savedRoom(this.roomId, matchMaker.processId, panel, this.keyHash, this.held.values()));
  }
}
