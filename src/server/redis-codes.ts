// Room codes shared by every process through Redis: a code is taken with
// SET NX (so two processes never hand out the same one) and expires with the
// room's saved state, 24 hours after the room last changed. A code answers a
// lookup only once the facilitator who made the room has joined it.
import { randomInt } from 'node:crypto';
import type { Redis } from 'ioredis';
import { CODE_ALPHABET, CODE_LENGTH } from '../room/protocol.ts';
import type { CodeRegistry } from './room-store.ts';
import { ROOM_TTL_SECONDS, codeKey } from './redis-keys.ts';
import type { Handover } from './redis-keys.ts';

interface CodeEntry {
  roomId: string;
  open: boolean;
}

function readEntry(text: string | null): CodeEntry | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<CodeEntry>;
    return typeof value.roomId === 'string' ? { roomId: value.roomId, open: value.open === true } : null;
  } catch {
    return null;
  }
}

export class RedisCodes implements CodeRegistry {
  /** Codes of the rooms this process holds, by code. */
  private readonly local = new Map<string, string>();
  /** Rooms being taken over from a process that stopped: they keep their code. */
  readonly restoring = new Map<string, string>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly handover: Handover,
  ) {}

  async allocate(roomId: string): Promise<string> {
    const kept = this.restoring.get(roomId);
    if (kept) {
      this.restoring.delete(roomId);
      await this.redis.set(codeKey(this.prefix, kept), JSON.stringify({ roomId, open: true }), 'EX', ROOM_TTL_SECONDS);
      this.local.set(kept, roomId);
      return kept;
    }
    for (let attempt = 0; attempt < 100; attempt += 1) {
      let code = '';
      for (let i = 0; i < CODE_LENGTH; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
      const entry: CodeEntry = { roomId, open: false };
      if ((await this.redis.set(codeKey(this.prefix, code), JSON.stringify(entry), 'EX', ROOM_TTL_SECONDS, 'NX')) === 'OK') {
        this.local.set(code, roomId);
        return code;
      }
    }
    throw new Error('No room code is free.');
  }

  async open(code: string): Promise<void> {
    const roomId = this.local.get(code);
    if (roomId) await this.redis.set(codeKey(this.prefix, code), JSON.stringify({ roomId, open: true }), 'EX', ROOM_TTL_SECONDS, 'XX');
  }

  async lookup(code: string): Promise<string | null> {
    const entry = readEntry(await this.redis.get(codeKey(this.prefix, code.toUpperCase())));
    return entry?.open ? entry.roomId : null;
  }

  async free(code: string): Promise<void> {
    const roomId = this.local.get(code);
    this.local.delete(code);
    // Handing rooms over to other processes: the code stays with the room.
    if (!roomId || this.handover.active) return;
    const entry = readEntry(await this.redis.get(codeKey(this.prefix, code)));
    if (entry?.roomId === roomId) await this.redis.del(codeKey(this.prefix, code));
  }

  inUse(): string[] {
    return [...this.local.keys()];
  }
}
