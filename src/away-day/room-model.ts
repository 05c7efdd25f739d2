// What each page shows for a view from the room server: the phase in plain
// words, the controls the facilitator may use now, the tally as rows, and
// the votes as dots for the projector's map. Pure, so every state's words are
// tested without a server or a page.
import { HOW_LABELS, QUADRANTS, WHERE_LABELS } from '../model/orientation.ts';
import type { How, Quadrant, Where } from '../model/orientation.ts';
import { OTHER_SEATS, OTHER_SEATS_LABEL } from '../room/protocol.ts';
import { DEBRIEF_PARTS } from '../room/debrief-parts.ts';
import type { ConsoleMessage, ConsoleView, PhoneView, SharedView, Tally } from '../room/protocol.ts';

export const OTHER_LABEL = OTHER_SEATS_LABEL;

/** What a phone shows now. */
export type PhoneScreen =
  | { kind: 'seat'; words: string }
  | { kind: 'wait'; words: string }
  | { kind: 'vote'; words: string }
  | { kind: 'revealed'; words: string }
  | { kind: 'naming'; words: string }
  | { kind: 'named'; words: string }
  | { kind: 'ended'; words: string };

export function phoneScreen(view: PhoneView): PhoneScreen {
  if (view.agency === null && view.phase !== 'ended') return { kind: 'seat', words: 'Choose your agency seat.' };
  switch (view.phase) {
    case 'lobby':
      return { kind: 'wait', words: 'You have a seat. Waiting for the facilitator to start.' };
    case 'reading':
      return { kind: 'wait', words: 'Read the story on the big screen. Waiting for the facilitator to open a vote.' };
    case 'voting':
      return {
        kind: 'vote',
        words:
          view.vote === null
            ? 'Vote: choose what the panel should do. You can change your vote until the facilitator reveals.'
            : 'Vote received. You can change it until the facilitator reveals.',
      };
    case 'revealed':
      return { kind: 'revealed', words: 'The votes are revealed. The room discusses; the facilitator decides.' };
    case 'naming':
      if (view.naming) return { kind: 'named', words: 'Naming is closed. The big screen shows how the room read the proposal.' };
      return {
        kind: 'naming',
        words: view.named
          ? 'Your reading is received. You can change it until the facilitator closes naming.'
          : 'Name it: how do you read this proposal?',
      };
    case 'ended':
      return { kind: 'ended', words: 'The scenario has ended. Thank you for taking part.' };
  }
}

/** One line on the projector and the console saying where the room is. */
export function phaseWords(view: SharedView): string {
  const hands = view.hands ? handsWords(view) : null;
  if (hands) return hands;
  switch (view.phase) {
    case 'lobby':
      return `Join with the code ${view.code}. Waiting for the facilitator to start.`;
    case 'reading':
      return view.options.length ? 'The panel reads. A vote opens next.' : 'The panel reads.';
    case 'voting':
      return `Voting is open: ${view.voted} of ${totalPeople(view)} have voted.`;
    case 'revealed':
      return 'The votes are revealed. Discuss; the facilitator decides.';
    case 'naming':
      return view.naming ? 'How the room named the proposal.' : 'Name it on your phone: where does this proposal act, and how?';
    case 'ended':
      return view.debriefPart ? `The scenario has ended. ${partWords(view.debriefPart)}.` : 'The scenario has ended.';
  }
}

/** Where the projector is in the room's debrief, in words (the console's status line reads it out when it changes). */
export function partWords(part: string): string {
  const at = DEBRIEF_PARTS.findIndex((p) => p.id === part);
  return at < 0
    ? "The room's debrief"
    : `The room's debrief: part ${at + 1} of ${DEBRIEF_PARTS.length}, ${DEBRIEF_PARTS[at]!.heading.toLowerCase()}`;
}

/** Where a show of hands is, where its words differ from a room of phones. */
function handsWords(view: SharedView): string | null {
  switch (view.phase) {
    case 'lobby':
      return 'A show of hands. Waiting for the facilitator to start.';
    case 'voting':
      return 'Show of hands: raise your hand for the option you choose as the facilitator reads it out.';
    case 'naming':
      return view.naming ? null : 'Name it by a show of hands: where does this proposal act, and how?';
    default:
      return null;
  }
}

export const totalPeople = (view: SharedView): number => view.seats.reduce((sum, seat) => sum + seat.people, 0);

export interface Control {
  label: string;
  message: ConsoleMessage;
}

/** The facilitator's next steps for this phase, most likely first. Decisions on an option are offered separately. */
export function consoleControls(view: ConsoleView): Control[] {
  // In a show of hands the count form takes the place of the reveal and of closing naming.
  if (view.hands && (view.phase === 'voting' || (view.phase === 'naming' && view.naming === null))) return [];
  switch (view.phase) {
    case 'lobby':
      return [{ label: 'Start the scenario', message: { type: 'start' } }];
    case 'reading':
      // A proposal to name comes before its vote; the server refuses a vote until it is named.
      if (view.nameIt) return [{ label: 'Open “Name it”', message: { type: 'continue' } }];
      return view.options.length ? [{ label: 'Open the vote', message: { type: 'open-vote' } }] : [];
    case 'voting':
      return [{ label: 'Reveal the votes', message: { type: 'reveal' } }];
    case 'revealed':
      return [
        ...(view.tie.length ? [] : [{ label: 'Decide by the majority', message: { type: 'decide' } } as Control]),
        { label: 'Vote again', message: { type: 'open-vote' } },
      ];
    case 'naming':
      return view.naming === null
        ? [{ label: 'Close naming and show the room’s reading', message: { type: 'continue' } }]
        : [{ label: 'Continue the story', message: { type: 'continue' } }];
    case 'ended':
      return [];
  }
}

/** The option texts the facilitator may decide for: the tied ones after a tie, any available one otherwise. */
export function decidable(view: ConsoleView): { index: number; text: string }[] {
  if (view.phase !== 'revealed') return [];
  return view.options
    .filter((o) => o.available && (!view.tie.length || view.tie.includes(o.index)))
    .map(({ index, text }) => ({ index, text }));
}

export interface TallyRow {
  option: number;
  text: string;
  total: number;
  /** Counts in the order of `TallyTable.groups`. */
  counts: number[];
  reading: { where: Where; how: How } | null;
}

export interface TallyTable {
  groups: { agency: string; label: string }[];
  rows: TallyRow[];
}

/** The tally as a table: a row per option, a column per agency (small agencies already merged by the server). */
export function tallyTable(view: SharedView, tally: Tally): TallyTable {
  const label = (agency: string) => (agency === OTHER_SEATS ? OTHER_LABEL : (view.seats.find((s) => s.agency === agency)?.label ?? agency));
  const groups = Object.keys(tally.byAgency)
    .sort((a, b) => (a === OTHER_SEATS ? 1 : b === OTHER_SEATS ? -1 : label(a).localeCompare(label(b))))
    .map((agency) => ({ agency, label: label(agency) }));
  const rows = view.options.map((option) => ({
    option: option.index,
    text: option.text,
    total: tally.totals[option.index] ?? 0,
    counts: groups.map((g) => tally.byAgency[g.agency]?.[option.index] ?? 0),
    reading: tally.readings[option.index] ?? null,
  }));
  return { groups, rows };
}

/** One vote drawn on the WHERE × HOW map. */
export interface VoteDot {
  agency: string;
  label: string;
  option: number;
  where: Where;
  how: How;
}

/** Every vote for an option with a reading, as a dot; votes for finding out or not acting are in the table only. */
export function voteDots(view: SharedView, tally: Tally): VoteDot[] {
  const table = tallyTable(view, tally);
  const dots: VoteDot[] = [];
  for (const row of table.rows) {
    if (!row.reading) continue;
    table.groups.forEach((group, g) => {
      for (let i = 0; i < (row.counts[g] ?? 0); i += 1)
        dots.push({ agency: group.agency, label: group.label, option: row.option, ...row.reading! });
    });
  }
  return dots;
}

/** The winning option indexes by count (more than one on a tie). */
export function leaders(tally: Tally): number[] {
  const entries = Object.entries(tally.totals).map(([index, count]) => [Number(index), count] as const);
  const top = Math.max(0, ...entries.map(([, count]) => count));
  return top === 0 ? [] : entries.filter(([, count]) => count === top).map(([index]) => index);
}

/** A discussion timer as m:ss. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export interface NamingRow {
  quadrant: Quadrant;
  reading: string;
  name: string;
  count: number;
}

/** The room's labels for a "Name it", a row per quadrant. */
export function namingRows(naming: Record<Quadrant, number>): NamingRow[] {
  return (Object.keys(QUADRANTS) as Quadrant[]).map((quadrant) => {
    const [where, how] = quadrant.split('-') as [Where, How];
    return {
      quadrant,
      reading: `${WHERE_LABELS[where]} · ${HOW_LABELS[how]}`,
      name: QUADRANTS[quadrant].name,
      count: naming[quadrant] ?? 0,
    };
  });
}
