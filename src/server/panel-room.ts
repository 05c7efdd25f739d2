// The Colyseus room around the pure room (src/room): it reads every message,
// checks who may send it, applies it, and sends each client its own view.
// No state is synced by Colyseus: views are plain JSON sent as VIEW, so no
// one's vote can reach another client by way of a shared state.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { ErrorCode, Room, ServerError } from '@colyseus/core';
import type { Client } from '@colyseus/core';
import { ERROR, KEY, MAX_PARTICIPANTS } from '../room/protocol.ts';
import type { Audience, ErrorMessage, FacilitatorKeyMessage } from '../room/protocol.ts';
import { isConsoleType, readConsoleMessage, readJoinOptions, readPhoneMessage } from '../room/messages.ts';
import { addSeat, consoleAct, openRoom, phoneAct, removeSeat, setConnected } from '../room/room-state.ts';
import type { Change, RoomState } from '../room/room-state.ts';
import type { StoryPort } from '../play/story-port.ts';
import { TokenBucket } from './rate-limit.ts';
import { hashKey } from './room-store.ts';
import type { RoomServices } from './services.ts';
import { freshRecipient, sendViews } from './view-sender.ts';
import type { Recipient } from './view-sender.ts';

interface Member extends Recipient {
  /** Messages a client may send: a burst, then a steady rate. */
  bucket: TokenBucket;
}

interface Auth {
  audience: Audience;
  /** The console that opened the room: it is sent the facilitator key. */
  creator: boolean;
}

type PanelClient = Client<{ userData: Member; auth: Auth }>;

const CONSOLE_BURST = 100;
const CONSOLE_PER_SECOND = 20;

/** Consoles and projectors, beyond the phones. */
const OTHER_SCREENS = 12;

export class PanelRoom extends Room {
  declare static readonly services: RoomServices;
  // Protected for DurablePanelRoom (Redis hosting), which saves and restores them.
  protected panel: RoomState | null = null;
  protected story: StoryPort | null = null;
  /**
   * The facilitator key's SHA-256, never the key itself: the key goes to the console once and is
   * not kept, so a room saved to Redis (or read from a heap dump) does not hand out control.
   */
  protected keyHash = '';
  /** The key, only until it has been sent to the console that opened the room. */
  private freshKey: string | null = null;
  protected claimed = false;
  private joins = new TokenBucket(MAX_PARTICIPANTS, 10, Date.now());
  private flushPending = false;
  /** A phone's count of votes is due soon (see view-sender.ts). */
  private countPending = false;
  private ticking = false;

  private get services(): RoomServices {
    return (this.constructor as typeof PanelRoom).services;
  }

  override async onCreate(options: unknown): Promise<void> {
    const read = readJoinOptions(options);
    if (!read.ok || read.value.audience !== 'console' || !('scenarioId' in read.value))
      throw new ServerError(ErrorCode.APPLICATION_ERROR, 'Only a facilitator console can open a room, for one scenario.');
    const { services } = this;
    if (services.liveRooms() >= services.limits.maxRooms)
      throw new ServerError(ErrorCode.APPLICATION_ERROR, 'This server holds as many rooms as it can.');
    const story = services.stories.open(read.value.scenarioId);
    if (!story) throw new ServerError(ErrorCode.APPLICATION_ERROR, 'There is no scenario by that name.');
    const code = await services.codes.allocate(this.roomId);
    this.story = story;
    this.freshKey = randomBytes(24).toString('base64url');
    this.keyHash = hashKey(this.freshKey);
    this.panel = openRoom(story, { code, scenarioId: read.value.scenarioId, agencies: services.agencies, seed: services.seed() });
    this.maxClients = services.limits.maxPhones + OTHER_SCREENS;
    // A hard stop for a runaway client (it is disconnected); the buckets above answer ordinary haste in words.
    this.maxMessagesPerSecond = 100;
    this.patchRate = null;
    this.onMessage('*', (client: PanelClient, type: string | number, payload: unknown) => this.receive(client, type, payload));
    await this.setPrivate(true);
  }

  override onAuth(_client: Client, options: unknown): Auth {
    const read = readJoinOptions(options);
    if (!read.ok) throw new ServerError(ErrorCode.AUTH_FAILED, read.error);
    const join = read.value;
    if (!this.panel || this.panel.closed) throw new ServerError(ErrorCode.AUTH_FAILED, 'This room has closed.');
    if (!this.joins.take(Date.now()))
      throw new ServerError(ErrorCode.AUTH_FAILED, 'Many people are joining at once: try again in a moment.');
    if (join.audience === 'console') {
      if ('scenarioId' in join) {
        if (this.claimed) throw new ServerError(ErrorCode.AUTH_FAILED, 'This room already has a facilitator: bring the facilitator key.');
        this.claimed = true;
        return { audience: 'console', creator: true };
      }
      const given = Buffer.from(hashKey(join.facilitatorKey), 'hex');
      const expected = Buffer.from(this.keyHash, 'hex');
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        throw new ServerError(ErrorCode.AUTH_FAILED, 'That facilitator key is not right.');
    }
    if (join.audience === 'phone') {
      if (this.panel.seats.length >= this.services.limits.maxPhones) throw new ServerError(ErrorCode.AUTH_FAILED, 'The room is full.');
      if (join.agency !== null && !this.panel.config.agencies.some((a) => a.id === join.agency))
        throw new ServerError(ErrorCode.AUTH_FAILED, 'Pick one of the agencies listed.');
    }
    return { audience: join.audience, creator: false };
  }

  override onJoin(client: PanelClient, options: { agency?: string | null }, auth: Auth): void {
    if (!this.panel) return;
    let seat: string | null = null;
    if (auth.audience === 'phone') {
      const added = addSeat(this.panel, options.agency ?? null);
      if (!added.ok) throw new ServerError(ErrorCode.AUTH_FAILED, added.error);
      this.panel = added.state;
      seat = added.seat;
    }
    client.userData = { ...freshRecipient(auth.audience, seat), bucket: this.bucketFor(auth.audience) };
    if (auth.creator && this.freshKey !== null) {
      void this.services.codes.open(this.panel.config.code);
      const message: FacilitatorKeyMessage = { type: KEY, key: this.freshKey, roomId: this.roomId };
      client.send(KEY, message);
      this.freshKey = null;
    }
    this.schedule();
  }

  /** A phone's messages are limited; the console (holding the key) may click through a scenario as fast as it likes, within reason. */
  protected bucketFor(audience: Audience): TokenBucket {
    const { limits } = this.services;
    return audience === 'console'
      ? new TokenBucket(CONSOLE_BURST, CONSOLE_PER_SECOND, Date.now())
      : new TokenBucket(limits.phoneBurst, limits.phonePerSecond, Date.now());
  }

  override onDrop(client: PanelClient): void {
    const seat = client.userData?.seat;
    if (seat && this.panel) {
      this.panel = setConnected(this.panel, seat, false);
      this.schedule();
    }
    // A phone that locks or loses Wi-Fi comes back to the same seat and vote.
    // Not awaited: Colyseus calls onLeave if the hold runs out (or the room closes first).
    this.allowReconnection(client, this.services.limits.seatHoldSeconds).catch(() => undefined);
  }

  override onReconnect(client: PanelClient): void {
    const member = client.userData;
    if (!member) return;
    Object.assign(member, freshRecipient(member.audience, member.seat));
    if (member.seat && this.panel) this.panel = setConnected(this.panel, member.seat, true);
    this.schedule();
  }

  override onLeave(client: PanelClient): void {
    const seat = client.userData?.seat;
    if (seat && this.panel) {
      this.panel = removeSeat(this.panel, seat);
      this.schedule();
    }
  }

  override onDispose(): void {
    if (this.panel) void this.services.codes.free(this.panel.config.code);
    this.panel = null;
    this.story = null;
  }

  private refuse(client: PanelClient, message: string): void {
    const error: ErrorMessage = { message };
    client.send(ERROR, error);
  }

  private receive(client: PanelClient, type: string | number, payload: unknown): void {
    const member = client.userData;
    if (!member || !this.panel || !this.story) return;
    if (!member.bucket.take(Date.now())) return this.refuse(client, 'That was too many at once: wait a moment and try again.');
    let change: Change;
    if (member.audience === 'console') {
      const read = readConsoleMessage(type, payload);
      if (!read.ok) return this.refuse(client, read.error);
      change = consoleAct(this.panel, read.value, { story: this.story, now: Date.now() });
    } else if (isConsoleType(type)) {
      return this.refuse(client, "Only the facilitator's console can do that.");
    } else if (member.audience === 'projector' || !member.seat) {
      return this.refuse(client, 'This screen shows the room; it cannot vote.');
    } else {
      const read = readPhoneMessage(type, payload);
      if (!read.ok) return this.refuse(client, read.error);
      change = phoneAct(this.panel, member.seat, read.value);
    }
    if (!change.ok) return this.refuse(client, change.error);
    this.apply(change.state);
  }

  private apply(next: RoomState): void {
    const before = this.panel;
    this.panel = next;
    if (before) this.disconnectRemoved(before, next);
    if (next.closed) {
      void this.disconnect();
      return;
    }
    if (next.timerEndsAt !== null && !this.ticking) this.tick();
    this.schedule();
  }

  private disconnectRemoved(before: RoomState, after: RoomState): void {
    const kept = new Set(after.seats.map((s) => s.id));
    for (const seat of before.seats) {
      if (kept.has(seat.id)) continue;
      const client = this.clients.find((c) => (c as PanelClient).userData?.seat === seat.id) as PanelClient | undefined;
      if (client) {
        client.userData!.seat = null;
        this.refuse(client, 'The facilitator removed this seat. Join again with the room code to take a seat.');
        client.leave();
      }
    }
  }

  /** The discussion timer counts down on every screen, once a second, until it runs out or is stopped. */
  private tick(): void {
    this.ticking = true;
    this.clock.setTimeout(() => {
      this.ticking = false;
      const panel = this.panel;
      if (!panel || panel.timerEndsAt === null) return;
      this.schedule();
      if (panel.timerEndsAt > Date.now()) this.tick();
    }, 1000);
  }

  /** Many changes in one turn of the event loop (a burst of votes) are sent as one view each. */
  private schedule(): void {
    if (this.flushPending) return;
    this.flushPending = true;
    setImmediate(() => {
      this.flushPending = false;
      this.flush();
    });
  }

  protected flush(): void {
    const panel = this.panel;
    if (!panel) return;
    const due = sendViews(panel, this.clients as PanelClient[], this.services.joinUrl(panel.config.code), Date.now());
    if (due !== null && !this.countPending) {
      this.countPending = true;
      this.clock.setTimeout(() => {
        this.countPending = false;
        this.schedule();
      }, due);
    }
  }
}
