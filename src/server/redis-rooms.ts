// Rooms saved in Redis at every change, each under its own key with a 24-hour
// expiry, and deleted with its code when the room closes. Only what changed
// is written (a view sent with nothing new in the room writes nothing).
import type { Redis } from 'ioredis';
import { readSavedRoom } from './room-store.ts';
import type { RoomStore, SavedRoom } from './room-store.ts';
import { ROOM_TTL_SECONDS, codeKey, processKey, roomKey, HEARTBEAT_MS, ALIVE_MS } from './redis-keys.ts';

export class RedisRoomStore implements RoomStore {
  private readonly last = new Map<string, string>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  save(room: SavedRoom): void {
    const text = JSON.stringify(room);
    if (this.last.get(room.roomId) === text) return;
    this.last.set(room.roomId, text);
    // One connection keeps the order of writes, so the last change saved is the last one made.
    void this.redis
      .multi()
      .set(roomKey(this.prefix, room.roomId), text, 'EX', ROOM_TTL_SECONDS)
      .expire(codeKey(this.prefix, room.state.config.code), ROOM_TTL_SECONDS)
      .exec()
      .catch((error: unknown) => console.error('A room could not be saved in Redis:', (error as Error).message));
  }

  /** The process stopped holding the room (closed, or handed over): no more writes from here. */
  forget(roomId: string): void {
    this.last.delete(roomId);
  }

  erase(roomId: string, code: string): void {
    this.forget(roomId);
    void this.redis.del(roomKey(this.prefix, roomId), codeKey(this.prefix, code)).catch(() => undefined);
  }

  async load(roomId: string): Promise<SavedRoom | null> {
    return readSavedRoom(await this.redis.get(roomKey(this.prefix, roomId)));
  }
}

/** Where each live process takes forwarded sockets, kept while the process beats. */
export class ProcessRegistry {
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async start(processId: string, address: string): Promise<void> {
    const beat = () => this.redis.set(processKey(this.prefix, processId), address, 'PX', ALIVE_MS);
    await beat();
    this.timer = setInterval(() => void beat().catch(() => undefined), HEARTBEAT_MS);
    this.timer.unref();
  }

  async stop(processId: string): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.redis.del(processKey(this.prefix, processId));
  }

  /** The address of a live process, or null when it has stopped beating. */
  addressOf(processId: string): Promise<string | null> {
    return this.redis.get(processKey(this.prefix, processId));
  }
}
