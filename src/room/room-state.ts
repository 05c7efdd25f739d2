// One away-day room as plain data, and every change to it as a function from
// one state to the next. The room runs the play engine: it holds the
// playthrough (seed and events, each decision marked `by: 'room'`) and the
// engine's current step, and the views are made from that step. A change
// that is not allowed returns an error in plain words and the state as it
// was, so a bad message changes nothing.
import type { Orientation, Quadrant } from '../model/orientation.ts';
import { quadrantOf } from '../model/orientation.ts';
import { begin } from '../play/advance.ts';
import type { Step } from '../play/advance.ts';
import { applyEvent, replay } from '../play/playthrough.ts';
import type { PlayEvent, Playthrough } from '../play/playthrough.ts';
import type { StoryPort } from '../play/story-port.ts';
import type { ConsoleMessage, Phase, PhoneMessage, RoomDecision, Tally } from './protocol.ts';
import { leaders, tallyOf } from './tally.ts';
import { isDebriefPart } from './debrief-parts.ts';
import { roomDebrief } from './room-debrief.ts';
import type { RoomDebrief } from './room-debrief.ts';
import type { Readings } from './tally.ts';

export interface AgencySeat {
  id: string;
  label: string;
}

export interface RoomConfig {
  code: string;
  scenarioId: string;
  /** The agencies a phone may sit as, in the order phones list them. */
  agencies: AgencySeat[];
  seed: number;
  /** A show of hands run in the facilitator's browser (src/room/hands.ts): no phones, no server. */
  hands?: boolean;
}

export interface PhoneSeat {
  /** Opaque to everyone but the console: never a session id. */
  id: string;
  agency: string | null;
  connected: boolean;
  vote: number | null;
  named: Orientation | null;
}

export interface RoomState {
  config: RoomConfig;
  title: string;
  phase: Phase;
  playthrough: Playthrough;
  step: Step;
  seats: PhoneSeat[];
  nextSeat: number;
  tally: Tally | null;
  /** Options tied for the most votes at the reveal: the facilitator must pick one. */
  tie: number[];
  /** Counts per quadrant for the current "Name it", once the facilitator shows them. */
  naming: Record<Quadrant, number> | null;
  decisions: RoomDecision[];
  /** When the discussion timer runs out (ms since the epoch), or null. */
  timerEndsAt: number | null;
  closed: boolean;
  /** Made once when the scenario ends (it replays the story); absent from rooms saved before it existed. */
  debrief?: RoomDebrief | null;
  /** The part of the debrief the projector shows, once chosen (null: the first part); absent from rooms saved before it existed. */
  debriefPart?: string | null;
  /** How far down that part the projector is scrolled, in screens; absent: its top. */
  debriefScreen?: number;
}

export interface RoomContext {
  story: StoryPort;
  now: number;
}

export type Change = { ok: true; state: RoomState } | { ok: false; error: string };

const done = (state: RoomState): Change => ({ ok: true, state });
const refuse = (error: string): Change => ({ ok: false, error });

export function openRoom(story: StoryPort, config: RoomConfig): RoomState {
  const step = begin(story, config.seed);
  return {
    config,
    title: story.meta.title,
    phase: 'lobby',
    playthrough: { scenarioId: config.scenarioId, seed: config.seed, events: [] },
    step,
    seats: [],
    nextSeat: 1,
    tally: null,
    tie: [],
    naming: null,
    decisions: [],
    timerEndsAt: null,
    closed: false,
    debrief: null,
    debriefPart: null,
  };
}

const knownAgency = (state: RoomState, agency: string) => state.config.agencies.some((a) => a.id === agency);
export const availableOptions = (step: Step) => step.choices.filter((c) => c.available).map((c) => c.index);

export function addSeat(
  state: RoomState,
  agency: string | null,
): { ok: true; state: RoomState; seat: string } | { ok: false; error: string } {
  if (agency !== null && !knownAgency(state, agency)) return { ok: false, error: 'Pick one of the agencies listed.' };
  const seat: PhoneSeat = { id: `s${state.nextSeat}`, agency, connected: true, vote: null, named: null };
  return { ok: true, state: { ...state, seats: [...state.seats, seat], nextSeat: state.nextSeat + 1 }, seat: seat.id };
}

const withSeat = (state: RoomState, id: string, change: (seat: PhoneSeat) => PhoneSeat): RoomState => ({
  ...state,
  seats: state.seats.map((seat) => (seat.id === id ? change(seat) : seat)),
});

/** A phone that dropped keeps its seat and vote while the server holds its place. */
export const setConnected = (state: RoomState, id: string, connected: boolean): RoomState =>
  withSeat(state, id, (seat) => ({ ...seat, connected }));

export const removeSeat = (state: RoomState, id: string): RoomState => ({ ...state, seats: state.seats.filter((s) => s.id !== id) });

const clearVotes = (seats: PhoneSeat[]) => seats.map((seat) => ({ ...seat, vote: null }));
const clearNames = (seats: PhoneSeat[]) => seats.map((seat) => ({ ...seat, named: null }));

export function phoneAct(state: RoomState, seatId: string, message: PhoneMessage): Change {
  const seat = state.seats.find((s) => s.id === seatId);
  if (!seat) return refuse('This phone no longer has a seat in the room.');
  switch (message.type) {
    case 'seat':
      if (!knownAgency(state, message.agency)) return refuse('Pick one of the agencies listed.');
      return done(withSeat(state, seatId, (s) => ({ ...s, agency: message.agency })));
    case 'vote': {
      if (state.phase !== 'voting') return refuse('The vote is not open.');
      if (seat.agency === null) return refuse('Pick your agency seat before you vote.');
      const choice = state.step.choices.find((c) => c.index === message.option);
      if (!choice) return refuse('That option is not one of the choices.');
      if (!choice.available) return refuse(`That option cannot be chosen now: ${choice.reason ?? 'it is closed'}`);
      return done(withSeat(state, seatId, (s) => ({ ...s, vote: message.option })));
    }
    case 'name':
      if (state.phase !== 'naming' || state.naming !== null) return refuse('Naming is not open.');
      return done(withSeat(state, seatId, (s) => ({ ...s, named: { where: message.where, how: message.how } })));
  }
}

function namingCounts(seats: readonly PhoneSeat[]): Record<Quadrant, number> {
  const counts: Record<Quadrant, number> = {
    'individual-behaviour': 0,
    'individual-ecological': 0,
    'context-behaviour': 0,
    'context-ecological': 0,
  };
  for (const { named } of seats) if (named) counts[quadrantOf(named.where, named.how)] += 1;
  return counts;
}

/** The room's label: the one quadrant most phones named, or none when no one named or the most are tied. */
function roomLabel(counts: Record<Quadrant, number>): Orientation | null {
  const entries = Object.entries(counts) as [Quadrant, number][];
  const most = Math.max(...entries.map(([, n]) => n));
  const top = entries.filter(([, n]) => n === most);
  if (most === 0 || top.length !== 1) return null;
  const [where, how] = top[0]![0].split('-') as [Orientation['where'], Orientation['how']];
  return { where, how };
}

export function readingsOf(step: Step): Readings {
  const readings: Readings = {};
  for (const c of step.choices) readings[c.index] = c.tags?.where && c.tags.how ? { where: c.tags.where, how: c.tags.how } : null;
  return readings;
}

function advance(state: RoomState, ctx: RoomContext, event: PlayEvent): RoomState {
  const step = applyEvent(ctx.story, state.step, event);
  return { ...state, step, playthrough: { ...state.playthrough, events: [...state.playthrough.events, event] } };
}

function decide(state: RoomState, ctx: RoomContext, option: number | undefined): Change {
  if (state.phase !== 'revealed' || !state.tally) return refuse('Reveal the votes before deciding.');
  const available = availableOptions(state.step);
  const lead = leaders(state.tally.totals, available);
  const chosen = option ?? (lead.length === 1 ? lead[0] : undefined);
  if (chosen === undefined) return refuse('The room is tied: choose one of the tied options.');
  const choice = state.step.choices.find((c) => c.index === chosen);
  if (!choice) return refuse('That option is not one of the choices.');
  if (!choice.available) return refuse(`That option cannot be chosen now: ${choice.reason ?? 'it is closed'}`);
  const majority = lead.length === 1 && lead[0] === chosen && (state.tally.totals[chosen] ?? 0) > 0;
  const decision: RoomDecision = {
    turn: state.decisions.length + 1,
    option: choice.text,
    where: choice.tags?.where ?? null,
    how: choice.tags?.how ?? null,
    decidedBy: majority ? 'majority' : 'facilitator',
    tally: state.tally,
  };
  const next = advance(state, ctx, { type: 'choose', index: choice.index, id: choice.id, by: 'room' });
  const decisions = [...state.decisions, decision];
  const input = { playthrough: next.playthrough, decisions, agencies: state.config.agencies, seats: next.seats.map((s) => s.agency) };
  return done({
    ...next,
    phase: next.step.ended ? 'ended' : 'reading',
    seats: clearVotes(next.seats),
    tally: null,
    tie: [],
    decisions,
    timerEndsAt: null,
    debrief: next.step.ended ? roomDebrief(ctx.story, input) : null,
    debriefPart: null,
  });
}

function takeBack(state: RoomState, ctx: RoomContext): Change {
  const events = state.playthrough.events;
  const last = events.map((e) => e.type).lastIndexOf('choose');
  if (last < 0 || state.decisions.length === 0) return refuse('There is no decision to take back.');
  const playthrough = { ...state.playthrough, events: events.slice(0, last) };
  return done({
    ...state,
    playthrough,
    step: replay(ctx.story, playthrough),
    phase: 'reading',
    seats: clearNames(clearVotes(state.seats)),
    tally: null,
    tie: [],
    naming: null,
    decisions: state.decisions.slice(0, -1),
    timerEndsAt: null,
    debrief: null,
    debriefPart: null,
  });
}

function carryOn(state: RoomState, ctx: RoomContext): Change {
  if (state.phase === 'reading') {
    if (!state.step.nameIt) return refuse('There is nothing to move past: open the vote.');
    return done({ ...state, phase: 'naming', naming: null, seats: clearNames(state.seats) });
  }
  if (state.phase !== 'naming') return refuse('There is nothing to move past now.');
  if (state.naming === null) return done({ ...state, naming: namingCounts(state.seats) });
  const next = advance(state, ctx, { type: 'name', given: roomLabel(state.naming) });
  return done({ ...next, phase: 'reading', naming: null, seats: clearNames(next.seats) });
}

/** The votes shown: the tie to break, if the most votes are shared. */
export function revealed(state: RoomState, tally: Tally): RoomState {
  const lead = leaders(tally.totals, availableOptions(state.step));
  return { ...state, phase: 'revealed', tally, tie: lead.length > 1 ? lead : [] };
}

export function consoleAct(state: RoomState, message: ConsoleMessage, ctx: RoomContext): Change {
  if (state.closed) return refuse('The room is closed.');
  switch (message.type) {
    case 'start':
      return state.phase === 'lobby' ? done({ ...state, phase: 'reading' }) : refuse('The scenario has already started.');
    case 'open-vote':
      if (state.phase !== 'reading' && state.phase !== 'revealed')
        return refuse('A vote can be opened after the reading or after a reveal.');
      if (state.step.nameIt) return refuse('Name the proposal first: press continue.');
      if (state.step.ended) return refuse('The scenario has ended.');
      return done({ ...state, phase: 'voting', seats: clearVotes(state.seats), tally: null, tie: [] });
    case 'reveal': {
      if (state.phase !== 'voting') return refuse('There is no open vote to reveal.');
      const ballots = state.seats.flatMap((s) => (s.vote === null ? [] : [{ agency: s.agency, option: s.vote }]));
      return done(revealed(state, tallyOf(ballots, readingsOf(state.step))));
    }
    case 'decide':
      return decide(state, ctx, message.option);
    case 'continue':
      return carryOn(state, ctx);
    case 'timer':
      return done({ ...state, timerEndsAt: message.seconds === null ? null : ctx.now + message.seconds * 1000 });
    case 'take-back':
      return takeBack(state, ctx);
    case 'remove-seat':
      return state.seats.some((s) => s.id === message.seat) ? done(removeSeat(state, message.seat)) : refuse('There is no such seat.');
    case 'show-part':
      if (state.phase !== 'ended') return refuse('The debrief is shown once the scenario has ended.');
      return isDebriefPart(message.part)
        ? done({ ...state, debriefPart: message.part, debriefScreen: message.screen ?? 0 })
        : refuse('There is no such part of the debrief.');
    case 'close':
      return done({ ...state, closed: true });
  }
}
