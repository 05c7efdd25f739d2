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
import { FIRST_PART, SMALLEST_PART_SCALE } from '../room/debrief-parts.ts';
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

/** Below the screen's bottom, or wider than the page or than a table's scrolling box (which no one scrolls here). */
const runsOff = (section: HTMLElement) =>
  section.getBoundingClientRect().bottom > window.innerHeight ||
  [section, ...section.querySelectorAll<HTMLElement>('.table-scroll')].some((box) => box.scrollWidth > box.clientWidth + 1);

/**
 * Fits a part to the screen, since no one scrolls a projector by hand: the
 * text shrinks a step at a time to SMALLEST_PART_SCALE; if that is not enough
 * the part is laid out in two columns and shrinks again. A part that fits
 * neither way (a long plan or "What each choice cost") is shown at full size
 * and the console scrolls it. Returns whether it fits.
 */
export function fitToScreen(section: HTMLElement): boolean {
  for (const columns of [1, 2]) {
    section.classList.toggle('two-columns', columns === 2);
    section.style.fontSize = '';
    for (let scale = 1; runsOff(section) && scale > SMALLEST_PART_SCALE;) {
      scale = Math.max(SMALLEST_PART_SCALE, Math.round((scale - 0.05) * 100) / 100);
      section.style.fontSize = `${scale}em`;
    }
    if (!runsOff(section)) return true;
  }
  section.classList.remove('two-columns');
  section.style.fontSize = '';
  return false;
}

/** A screen's scroll: most of the window, so the last lines of one screen open the next. */
const SCREEN_STEP = 0.8;

/**
 * Shows the one part of the debrief the console chose, alone and large at the
 * top of the screen, fitted to it, or `screen` screens down a part too long
 * for it (the page moves at once, never smoothly); `more` says when there is
 * more below. The other parts are hidden, not gone, so moving between parts
 * redraws nothing.
 */
export function showPart(body: HTMLElement, part: string, screen: number, more: HTMLElement): void {
  for (const section of body.querySelectorAll<HTMLElement>('[data-part]')) section.hidden = section.dataset.part !== part;
  const shown = body.querySelector<HTMLElement>(`[data-part="${CSS.escape(part)}"]`);
  window.scrollTo({ top: 0, behavior: 'instant' });
  if (shown) fitToScreen(shown);
  window.scrollTo({ top: screen * Math.round(window.innerHeight * SCREEN_STEP), behavior: 'instant' });
  // The part's own end, not the page's: the page's margins below it are nothing to read.
  more.hidden = !shown || shown.getBoundingClientRect().bottom <= window.innerHeight;
}

/** The line at the foot of the projector while a part goes on below the screen. */
export function moreBelow(): HTMLElement {
  return el('p', { class: 'more-below', hidden: true }, 'More below: scroll down from the console.');
}
