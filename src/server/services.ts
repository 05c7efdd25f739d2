// What a room needs from the process it runs in, handed to the room class
// when the server defines it (Colyseus makes the rooms, so they cannot be
// passed in one by one).
import type { StoryPort } from '../play/story-port.ts';
import type { AgencySeat } from '../room/room-state.ts';
import type { CodeRegistry } from './room-store.ts';

export interface StoryLibrary {
  ids: readonly string[];
  /** The scenario's story, or null when there is none by that id. */
  open(scenarioId: string): StoryPort | null;
}

export interface RoomLimits {
  /** Rooms one process holds at once. */
  maxRooms: number;
  /** Phones in one room (MAX_PARTICIPANTS). */
  maxPhones: number;
  /** How long a dropped client keeps its place (SEAT_HOLD_SECONDS). */
  seatHoldSeconds: number;
  /** Per address: code lookups and matchmaking requests (joins, rejoins, new rooms), in a burst then per second. */
  lookupBurst: number;
  lookupPerSecond: number;
  joinBurst: number;
  joinPerSecond: number;
  /** Messages a phone may send in a burst, then per second. */
  phoneBurst: number;
  phonePerSecond: number;
}

export interface RoomServices {
  stories: StoryLibrary;
  /** In-process (RoomCodes) or shared by every process (RedisCodes). */
  codes: CodeRegistry;
  agencies: AgencySeat[];
  limits: RoomLimits;
  joinUrl(code: string): string;
  liveRooms(): number;
  /** The seed each new room plays its story with. */
  seed(): number;
}
