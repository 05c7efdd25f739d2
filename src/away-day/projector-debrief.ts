// The projector's picture at the room's debrief: every vote of the session on
// the WHERE × HOW map, in each agency's colour and short name, so the
// agencies' profiles can be seen side by side. A large room's many votes are
// drawn a mark for several (MAX_MARKS at most per quadrant); the words in
// each quadrant, and the table below, keep the exact counts.
import { QUADRANTS } from '../model/orientation.ts';
import type { How, Quadrant, Where } from '../model/orientation.ts';
import type { RoomDebrief } from '../room/room-debrief.ts';
import type { RoomStageView } from '../scenes/start-room-stage.ts';
import { shortLabel } from './projector-stage.ts';

/** Nine marks a row, four rows: the most a quadrant shows without overlap. */
export const MAX_MARKS = 36;

export function debriefStageView(room: RoomDebrief, reducedMotion: boolean): RoomStageView {
  const quadrants = Object.keys(QUADRANTS) as Quadrant[];
  const counts = Object.fromEntries(quadrants.map((q) => [q, room.profiles.reduce((sum, p) => sum + p.byQuadrant[q], 0)])) as Record<
    Quadrant,
    number
  >;
  const perMark = Math.max(1, Math.ceil(Math.max(...Object.values(counts)) / MAX_MARKS));
  const marks = quadrants.flatMap((q) => {
    const [where, how] = q.split('-') as [Where, How];
    return room.profiles.flatMap((p) => {
      const votes = p.byQuadrant[q];
      // A group with any votes here keeps at least one mark, so no agency's lean disappears when scaled.
      const n = votes > 0 ? Math.max(1, Math.round(votes / perMark)) : 0;
      return Array.from({ length: n }, () => ({ agency: p.agency, short: shortLabel(p.label), where, how }));
    });
  });
  return { kind: 'votes', votes: { marks, reducedMotion, counts } };
}
