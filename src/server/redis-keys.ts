// Every key this server writes in Redis starts with one prefix
// (REDIS_PREFIX, by default "rules-at-play:"), so an operator erases
// everything with one pattern. Colyseus' own matchmaking keys (room
// listings, process stats, channels) are its own and hold no room state.
export const DEFAULT_PREFIX = 'rules-at-play:';

/** A room's state and code live this long after its last change. */
export const ROOM_TTL_SECONDS = 24 * 60 * 60;

/** A process counts as alive while its heartbeat key exists: refreshed every second, kept three. */
export const HEARTBEAT_MS = 1000;
export const ALIVE_MS = 3000;

export const codeKey = (prefix: string, code: string) => `${prefix}code:${code}`;
export const roomKey = (prefix: string, roomId: string) => `${prefix}room:${roomId}`;
export const processKey = (prefix: string, processId: string) => `${prefix}process:${processId}`;
export const restoreLockKey = (prefix: string, roomId: string) => `${prefix}restoring:${roomId}`;

/** Set while this process hands its rooms to the others (a planned stop): nothing is erased. */
export interface Handover {
  active: boolean;
}
