// Sends each client its own view, only when it changed. A phone is sent the
// running count of votes at most every PHONE_COUNT_EVERY_MS: forty phones
// each told of each of forty votes is 1,600 messages a vote, where the
// console and the projector need every count and a phone needs the gist.
// Anything else that changes (its own vote, a phase, a reveal) reaches the
// phone at once.
import { ClientState } from '@colyseus/core';
import type { Client } from '@colyseus/core';
import { VIEW } from '../room/protocol.ts';
import type { Audience } from '../room/protocol.ts';
import type { RoomState } from '../room/room-state.ts';
import { consoleOwn, phoneOwn, projectorOwn, sharedView } from '../room/views.ts';
import { ViewFrames } from './view-frames.ts';

export const PHONE_COUNT_EVERY_MS = 250;

export interface Recipient {
  audience: Audience;
  /** The phone's seat in the room state. */
  seat: string | null;
  /** What was last sent (the shared view but its count, the client's own part, the count), and when. */
  sentBase: string;
  sentOwn: string;
  sentVoted: number;
  sentAt: number;
}

export const freshRecipient = (audience: Audience, seat: string | null): Recipient => ({
  audience,
  seat,
  sentBase: '',
  sentOwn: '',
  sentVoted: -1,
  sentAt: 0,
});

/** Sends what changed; returns in how many ms a phone's held-back count is due, or null. */
export function sendViews(panel: RoomState, clients: Client<{ userData: Recipient }>[], joinUrl: string, now: number): number | null {
  const shared = sharedView(panel, now);
  const base = JSON.stringify({ ...shared, voted: 0 });
  let frames: ViewFrames | null = null;
  let due: number | null = null;
  for (const client of clients) {
    const member = client.userData;
    if (!member || client.state === ClientState.LEAVING || client.state === ClientState.CLOSED) continue;
    const own =
      member.audience === 'phone'
        ? phoneOwn(panel, member.seat ?? '')
        : member.audience === 'console'
          ? consoleOwn(panel, joinUrl)
          : projectorOwn(joinUrl, panel);
    const ownJson = JSON.stringify(own);
    const same = base === member.sentBase && ownJson === member.sentOwn;
    if (same && shared.voted === member.sentVoted) continue;
    const wait = member.sentAt + PHONE_COUNT_EVERY_MS - now;
    if (member.audience === 'phone' && same && wait > 0) {
      due = Math.min(due ?? wait, wait);
      continue;
    }
    Object.assign(member, { sentBase: base, sentOwn: ownJson, sentVoted: shared.voted, sentAt: now });
    frames ??= new ViewFrames(VIEW, shared);
    client.enqueueRaw(frames.frame(own));
  }
  return due;
}
