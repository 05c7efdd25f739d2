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
import { FIRST_PART } from '../room/debrief-parts.ts';
import { el } from '../ui/dom.ts';

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

/** The first part of the debrief on the projector: the story's ending as the room read it, and what it decided. */
export function endingPart(...children: (HTMLElement | null)[]): HTMLElement {
  return el(
    'section',
    { 'aria-labelledby': 'ending-heading', 'data-part': FIRST_PART },
    el('h2', { id: 'ending-heading' }, 'The ending'),
    ...children,
  );
}

/**
 * Shows the one part of the debrief the console chose, alone and large at the
 * top of the screen (the page goes back to the top at once, never smoothly);
 * the other parts are hidden, not gone, so moving between parts redraws nothing.
 */
export function showPart(body: HTMLElement, part: string): void {
  for (const section of body.querySelectorAll<HTMLElement>('[data-part]')) section.hidden = section.dataset.part !== part;
  window.scrollTo({ top: 0, behavior: 'instant' });
}
