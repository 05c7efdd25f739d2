// The facilitator's notes for the moment on screen, from the story's author:
// on the console only (the projector and phones never receive them). They
// give the facilitator something to ask, not an answer to give.
import type { FacilitatorNote } from '../model/facilitator-notes.ts';
import { el } from '../ui/dom.ts';

function noteBlock(note: FacilitatorNote, heading: string): HTMLElement {
  return el(
    'div',
    { class: 'facilitator-note' },
    el('h3', {}, `${heading}: ${note.title}`),
    el('p', { class: 'note-minutes' }, `About ${note.minutes} minute${note.minutes === 1 ? '' : 's'} of discussion.`),
    el('ul', { 'aria-label': 'Talking points' }, ...note.points.map((point) => el('li', {}, point))),
    el('p', {}, el('strong', {}, 'From the research: '), note.finding, ' ', el('cite', {}, `(${note.cite})`)),
    el('p', {}, el('strong', {}, 'Ask the room:')),
    el('ul', { 'aria-label': 'Questions for the room' }, ...note.questions.map((question) => el('li', {}, question))),
  );
}

export function notesPanel(note: FacilitatorNote | null, skipNotes: readonly FacilitatorNote[]): Node[] {
  const blocks = [...skipNotes.map((n) => noteBlock(n, 'Time moves on')), ...(note ? [noteBlock(note, 'At this decision')] : [])];
  return [el('h2', {}, 'Your notes (only you see these)'), ...(blocks.length ? blocks : [el('p', {}, 'No notes for this moment.')])];
}
