// A show of hands: the away-day room with no phones and no server. The
// facilitator asks the room, counts the hands and types the counts; the room
// then goes on exactly as with phones (the same reveal, tie, decision and
// "Name it"). Counts are checked before anything changes, and a refusal says
// in plain words what to fix. The seats are how many people sit at each
// agency, if the facilitator enters them: they cap the counts, and counts by
// agency still merge any group under MIN_GROUP into "other seats".
import { QUADRANTS } from '../model/orientation.ts';
import type { Quadrant } from '../model/orientation.ts';
import { COUNT_WORDS, isCount } from './hands-input.ts';
import { MAX_PARTICIPANTS } from './protocol.ts';
import type { ConsoleMessage, HandsMessage, Tally } from './protocol.ts';
import { consoleAct, readingsOf, revealed } from './room-state.ts';
import type { Change, PhoneSeat, RoomContext, RoomState } from './room-state.ts';
import { tallyOf } from './tally.ts';
import type { Ballot } from './tally.ts';

const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const refuse = (error: string): Change => ({ ok: false, error });
const done = (state: RoomState): Change => ({ ok: true, state });

const HANDS_TYPES: readonly string[] = ['hands-seats', 'hands', 'hands-naming'] satisfies HandsMessage['type'][];

export const isHandsMessage = (message: ConsoleMessage | HandsMessage): message is HandsMessage => HANDS_TYPES.includes(message.type);

function seatPeople(state: RoomState, people: Record<string, number>): Change {
  const label = new Map(state.config.agencies.map((a) => [a.id, a.label]));
  for (const [agency, n] of Object.entries(people)) {
    if (!label.has(agency)) return refuse('Pick one of the agencies listed.');
    if (!isCount(n)) return refuse(`${label.get(agency)}: type ${COUNT_WORDS}.`);
  }
  const total = sum(people);
  if (total > MAX_PARTICIPANTS) return refuse(`The room holds at most ${MAX_PARTICIPANTS} people; these seats add up to ${total}.`);
  const seats: PhoneSeat[] = state.config.agencies.flatMap(({ id }) =>
    Array.from({ length: people[id] ?? 0 }, () => ({ id: '', agency: id, connected: true, vote: null, named: null })),
  );
  return done({ ...state, seats: seats.map((seat, i) => ({ ...seat, id: `h${i + 1}` })), nextSeat: seats.length + 1 });
}

const peopleAt = (state: RoomState, agency: string) => state.seats.filter((s) => s.agency === agency).length;

/** Over the room's size, in words; null when the room's size is not known (no seats entered) or the count fits. */
function overRoom(state: RoomState, counted: number): string | null {
  const people = state.seats.length;
  if (people === 0 || counted <= people) return null;
  return `${plural(counted, 'hand', 'hands')} counted, but the seats hold ${plural(people, 'person', 'people')}: check the counts, or the seats.`;
}

function checkByAgency(state: RoomState, totals: Record<number, number>, byAgency: Record<string, Record<number, number>>): string | null {
  const label = new Map(state.config.agencies.map((a) => [a.id, a.label]));
  for (const [agency, counts] of Object.entries(byAgency)) {
    if (!label.has(agency)) return 'Pick one of the agencies listed.';
    for (const [option, n] of Object.entries(counts)) {
      if (!state.step.choices.some((c) => c.index === Number(option))) return 'That option is not one of the choices.';
      if (!isCount(n)) return `${label.get(agency)}: type ${COUNT_WORDS}.`;
    }
    const seated = peopleAt(state, agency);
    const raised = sum(counts);
    if (state.seats.length > 0 && raised > seated)
      return `${label.get(agency)}: ${plural(raised, 'hand', 'hands')} counted, but ${plural(seated, 'person sits', 'people sit')} there.`;
  }
  for (const choice of state.step.choices) {
    const byGroup = Object.values(byAgency).reduce((n, counts) => n + (counts[choice.index] ?? 0), 0);
    const total = totals[choice.index] ?? 0;
    if (byGroup !== total) return `The agencies’ hands for “${choice.text}” add up to ${byGroup}, but its total is ${total}.`;
  }
  return null;
}

/** The hands per option (and per agency), shown as the room's reveal. */
export function countHands(state: RoomState, totals: Record<number, number>, byAgency?: Record<string, Record<number, number>>): Change {
  if (state.phase !== 'voting') return refuse('Open the vote before counting hands.');
  for (const [option, n] of Object.entries(totals)) {
    const choice = state.step.choices.find((c) => c.index === Number(option));
    if (!choice) return refuse('That option is not one of the choices.');
    if (!isCount(n)) return refuse(`“${choice.text}”: type ${COUNT_WORDS}.`);
    if (n > 0 && !choice.available) return refuse(`“${choice.text}” cannot be chosen now, so it takes no hands.`);
  }
  const counted = sum(totals);
  if (counted === 0) return refuse('No hands counted yet: type how many went up for at least one option.');
  const tooMany = overRoom(state, counted) ?? (byAgency ? checkByAgency(state, totals, byAgency) : null);
  if (tooMany) return refuse(tooMany);
  const readings = readingsOf(state.step);
  const ballots: Ballot[] = Object.entries(byAgency ?? {}).flatMap(([agency, counts]) =>
    Object.entries(counts).flatMap(([option, n]) => Array.from({ length: n }, () => ({ agency, option: Number(option) }))),
  );
  const shown = Object.fromEntries(Object.entries(totals).filter(([, n]) => n > 0)) as Record<number, number>;
  // Without counts by agency there are only the room's totals to show.
  const tally: Tally = byAgency ? tallyOf(ballots, readings) : { totals: shown, byAgency: {}, readings };
  return done(revealed(state, tally));
}

/** How many named each reading, shown as the room's labels for this "Name it". */
export function countNaming(state: RoomState, counts: Record<Quadrant, number>): Change {
  if (state.phase !== 'naming' || state.naming !== null) return refuse('Naming is not open.');
  const quadrants = Object.keys(QUADRANTS) as Quadrant[];
  if (Object.keys(counts).some((q) => !quadrants.includes(q as Quadrant))) return refuse('Name it with one WHERE and one HOW.');
  for (const quadrant of quadrants) if (!isCount(counts[quadrant] ?? 0)) return refuse(`${QUADRANTS[quadrant].name}: type ${COUNT_WORDS}.`);
  const naming = Object.fromEntries(quadrants.map((q) => [q, counts[q] ?? 0])) as Record<Quadrant, number>;
  const tooMany = overRoom(state, sum(naming));
  return tooMany ? refuse(tooMany) : done({ ...state, naming });
}

/**
 * Every change to a show of hands: the counts typed, and otherwise what the
 * console does in any room, except what needs phones (a reveal of phone votes,
 * closing naming with no counts, removing a phone).
 */
export function handsAct(state: RoomState, message: ConsoleMessage | HandsMessage, ctx: RoomContext): Change {
  if (!state.config.hands) return refuse('This room counts phones, not hands.');
  if (state.closed) return refuse('The room is closed.');
  if (!isHandsMessage(message)) {
    if (message.type === 'reveal') return refuse('Count the hands: type how many went up for each option, then show the count.');
    if (message.type === 'remove-seat') return refuse('There are no phones in a show of hands: change the seats instead.');
    if (message.type === 'continue' && state.phase === 'naming' && state.naming === null)
      return refuse('Count the hands for each reading first, then show the room’s reading.');
    return consoleAct(state, message, ctx);
  }
  switch (message.type) {
    case 'hands-seats':
      return seatPeople(state, message.people);
    case 'hands':
      return countHands(state, message.totals, message.byAgency);
    case 'hands-naming':
      return countNaming(state, message.counts);
  }
}
