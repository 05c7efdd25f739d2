// At a "Name it", once the room's labels are shown beside the author's
// reading, the console gives the facilitator one question for the room. The
// author may have written it (the note's optional `nameItAsk`); otherwise it
// is worded from the two readings, to open talk, never to mark anyone wrong.
import type { FacilitatorNote } from '../model/facilitator-notes.ts';
import { HOW_LABELS, WHERE_LABELS, quadrantOf } from '../model/orientation.ts';
import type { Orientation, Quadrant } from '../model/orientation.ts';

export interface NamingQuestion {
  /** How many people read it as the author did, of all who named it. */
  agreed: number;
  named: number;
  question: string;
  /** 'author' when the note's own question is used. */
  source: 'author' | 'derived';
}

const words = (q: Quadrant) => {
  const [where, how] = q.split('-') as [Orientation['where'], Orientation['how']];
  return `${WHERE_LABELS[where].toLowerCase()} · ${HOW_LABELS[how].toLowerCase()}`;
};

/** Null when no one named the proposal. */
export function namingQuestion(note: FacilitatorNote | null, author: Orientation, naming: Record<Quadrant, number>): NamingQuestion | null {
  const authorQuadrant = quadrantOf(author.where, author.how);
  const named = Object.values(naming).reduce((a, b) => a + b, 0);
  if (named === 0) return null;
  const agreed = naming[authorQuadrant] ?? 0;
  const base = { agreed, named };
  if (note?.nameItAsk && agreed < named) return { ...base, question: note.nameItAsk, source: 'author' };
  // The most common reading other than the author's; ties go to the first in the map's order.
  const other = (Object.entries(naming) as [Quadrant, number][])
    .filter(([q, n]) => q !== authorQuadrant && n > 0)
    .reduce<[Quadrant, number] | null>((best, entry) => (!best || entry[1] > best[1] ? entry : best), null);
  const question = other
    ? `To someone who read it as ${words(other[0])}: what in the proposal made you read it that way? Then to the room: what would have to change in it to read as ${words(authorQuadrant)}?`
    : `Everyone read it as the author did (${words(authorQuadrant)}). Would the agencies' managers read it the same way, and would the young people?`;
  return { ...base, question, source: 'derived' };
}
