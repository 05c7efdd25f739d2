// The parts of the room's debrief, in the order the console and the projector
// show them: the story's ending first, what the room decided, then what only a room has, then the
// solo debrief's sections. The console moves the projector from part to part
// (a 'show-part' message), so the room reads one part at a time, large, and
// no one has to scroll the projector window by hand. The ids are stable: the
// pages tag each section with its id, and a kept show of hands holds one.

export interface DebriefPart {
  id: string;
  heading: string;
}

export const DEBRIEF_PARTS: readonly DebriefPart[] = [
  { id: 'ending', heading: 'The ending' },
  // Its own part: with a long ending, the decisions and seats did not fit the projector's screen beside it.
  { id: 'decided', heading: 'What the room decided' },
  { id: 'questions', heading: 'Questions for the room' },
  { id: 'plan', heading: "The room's plan" },
  { id: 'votes', heading: "Each agency's votes" },
  { id: 'split', heading: 'Where the room split most' },
  { id: 'pressure', heading: 'The pressure the game applied' },
  { id: 'ledger', heading: 'What each choice cost' },
  { id: 'goal', heading: 'The plan against the goal' },
  { id: 'domains', heading: 'The four domains' },
  { id: 'place', heading: 'The place over time' },
  { id: 'roads', heading: 'The road not taken' },
  { id: 'dynamics', heading: 'Risk, anxiety and trust' },
  { id: 'naming', heading: 'Naming it' },
  { id: 'summary', heading: 'Summary' },
  { id: 'research', heading: 'What the research found' },
];

/** The part the projector shows when the scenario ends: the ending, so the room reads it first. */
export const FIRST_PART = 'ending';

/** The part after the ending: each decision the room made, and who was in the room. */
export const DECIDED_PART = 'decided';

export const isDebriefPart = (id: string): boolean => DEBRIEF_PARTS.some((p) => p.id === id);

/** The part before or after `id`, or null at either end. */
export function neighbourPart(id: string, step: -1 | 1): DebriefPart | null {
  const at = DEBRIEF_PARTS.findIndex((p) => p.id === id);
  return at < 0 ? null : (DEBRIEF_PARTS[at + step] ?? null);
}

/** The smallest the projector shrinks a part's text to (of its full size) so that a long part fits the screen. */
export const SMALLEST_PART_SCALE = 0.8;

/** How many screens down the console can scroll a part too long for the projector even so. */
export const MAX_PART_SCREENS = 9;
