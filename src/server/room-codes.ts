// Room codes: CODE_LENGTH characters from CODE_ALPHABET (no look-alikes),
// drawn with a cryptographic generator, unique among the rooms alive in this
// process and freed when a room closes. A code answers a lookup only once
// the facilitator who made the room has joined it.
import { randomInt } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../room/protocol.ts';

const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

export const isRoomCode = (value: string): boolean => CODE_PATTERN.test(value);

export class RoomCodes {
  private readonly rooms = new Map<string, { roomId: string; open: boolean }>();

  /** A fresh code for a new room; throws only if the codes are all but used up. */
  allocate(roomId: string): string {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      let code = '';
      for (let i = 0; i < CODE_LENGTH; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
      if (!this.rooms.has(code)) {
        this.rooms.set(code, { roomId, open: false });
        return code;
      }
    }
    throw new Error('No room code is free.');
  }

  open(code: string): void {
    const entry = this.rooms.get(code);
    if (entry) entry.open = true;
  }

  lookup(code: string): string | null {
    const entry = this.rooms.get(code.toUpperCase());
    return entry?.open ? entry.roomId : null;
  }

  free(code: string): void {
    this.rooms.delete(code);
  }

  /** Every code held by a room alive now. */
  inUse(): string[] {
    return [...this.rooms.keys()];
  }
}
