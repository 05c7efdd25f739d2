// What a room needs to outlive its process: the code registry every process
// shares, and a store of each room's state. With no Redis configured the
// registry is the in-process RoomCodes and nothing is stored; with Redis
// (redis-scale-out.ts) codes are unique across processes and every change
// to a room is saved, so another process can take the room over.
//
// A saved room holds only what the room itself holds: the scenario, the
// seed and the events (the playthrough), the agency seats with their votes
// and labels, the tallies and decisions, the facilitator key's hash, and for each
// connected screen a random session id and reconnection token (so a phone
// comes back to its own seat). Never a name, an address or free text.
import { createHash } from 'node:crypto';
import type { Audience } from '../room/protocol.ts';
import type { RoomState } from '../room/room-state.ts';

export interface CodeRegistry {
  /** A fresh code for a new room (or, when the room is being restored, its old code). */
  allocate(roomId: string): string | Promise<string>;
  /** The facilitator has joined: the code now answers lookups. */
  open(code: string): void | Promise<void>;
  lookup(code: string): string | null | Promise<string | null>;
  free(code: string): void | Promise<void>;
  /** Every code held by a room of this process. */
  inUse(): string[];
}

/** A screen in the room: enough to let it back in with its own reconnection token. */
export interface SavedClient {
  sessionId: string;
  token: string;
  audience: Audience;
  seat: string | null;
}

/** The room's state without the engine's step, which is replayed from the playthrough. */
export type SavedState = Omit<RoomState, 'step'>;

/** The facilitator key's SHA-256 in hex: what a room keeps and saves in place of the key. */
export const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex');

export interface SavedRoom {
  version: 2;
  roomId: string;
  /** The Colyseus process holding the room when it was saved: no other takes it over while that one lives. */
  processId: string;
  state: SavedState;
  /** hashKey(facilitator key): whoever reads the store cannot take the room over with it. */
  keyHash: string;
  clients: SavedClient[];
}

export interface RoomStore {
  /** Saves the room (called at every change; the store writes only what changed). */
  save(room: SavedRoom): void;
  /** The room closed: its state, code and tokens are deleted. */
  erase(roomId: string, code: string): void;
}

export function savedRoom(roomId: string, processId: string, state: RoomState, keyHash: string, clients: Iterable<SavedClient>): SavedRoom {
  // The step is left out: it is the story replayed from the playthrough, made again on restore.
  const rest: Partial<RoomState> = { ...state };
  delete rest.step;
  return { version: 2, roomId, processId, state: rest as SavedState, keyHash, clients: [...clients] };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A saved room read back, or null when the text is not one (another version, or damaged). */
export function readSavedRoom(text: string | null): SavedRoom | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!isRecord(value) || typeof value.roomId !== 'string' || typeof value.processId !== 'string') return null;
    // Version 1 (before this release) kept the key itself: hash it as it is read, so a room saved then still carries on.
    if (value.version === 1 && typeof value.key === 'string') {
      value.keyHash = hashKey(value.key);
      delete value.key;
      value.version = 2;
    }
    if (value.version !== 2 || typeof value.keyHash !== 'string' || !/^[0-9a-f]{64}$/.test(value.keyHash)) return null;
    if (!isRecord(value.state) || !isRecord(value.state.config) || !isRecord(value.state.playthrough)) return null;
    if (!Array.isArray(value.clients)) return null;
    return value as unknown as SavedRoom;
  } catch {
    return null;
  }
}
