// What each audience is sent, made from the room's state for that audience
// alone. The shared part holds no one's vote; a phone's view adds its own
// seat, vote and label; the console's adds the seat list (who is connected,
// never how anyone voted) and the tie it must break.
import { decisionNote } from '../model/facilitator-notes.ts';
import { namingQuestion } from './naming-question.ts';
import { FIRST_PART } from './debrief-parts.ts';
import type { ConsoleView, OptionView, PhoneView, ProjectorView, SeatCount, SharedView } from './protocol.ts';
import type { RoomState } from './room-state.ts';

function seatCounts(state: RoomState): SeatCount[] {
  return state.config.agencies.map(({ id, label }) => ({
    agency: id,
    label,
    people: state.seats.filter((s) => s.agency === id).length,
  }));
}

/** Seconds left on the discussion timer, never below 0; null when none is running. */
export function timerLeft(state: RoomState, now: number): number | null {
  return state.timerEndsAt === null ? null : Math.max(0, Math.ceil((state.timerEndsAt - now) / 1000));
}

export function sharedView(state: RoomState, now: number): SharedView {
  const { step } = state;
  const options: OptionView[] = step.choices.map((c) => ({
    index: c.index,
    text: c.text,
    available: c.available,
    reason: c.reason,
    pressed: c.pressed,
  }));
  const counting = state.phase === 'voting' || state.phase === 'revealed';
  return {
    code: state.config.code,
    scenarioId: state.config.scenarioId,
    title: state.title,
    phase: state.phase,
    lines: step.lines.map((line) => line.text),
    options,
    nameIt: step.nameIt?.proposal ?? null,
    seats: seatCounts(state),
    voted: counting ? state.seats.filter((s) => s.vote !== null).length : 0,
    tally: state.tally,
    naming: state.naming,
    nameItAuthor:
      state.naming && step.nameIt ? { ...step.nameIt.author, reading: step.nameIt.reading, contested: step.nameIt.contested } : null,
    decisions: state.decisions,
    timer: timerLeft(state, now),
    ending: step.ended ? step.model.ending : null,
    debriefPart: state.phase === 'ended' ? (state.debriefPart ?? FIRST_PART) : null,
    debriefScreen: state.phase === 'ended' && state.debriefPart ? (state.debriefScreen ?? 0) : 0,
    ...(state.config.hands && { hands: true as const }),
  };
}

/** What each audience's view adds to the shared view: sent to that client only. */
export function phoneOwn(state: RoomState, seatId: string): Omit<PhoneView, keyof SharedView> {
  const seat = state.seats.find((s) => s.id === seatId);
  return { audience: 'phone', agency: seat?.agency ?? null, vote: seat?.vote ?? null, named: seat?.named ?? null };
}

export function consoleOwn(state: RoomState, joinUrl: string): Omit<ConsoleView, keyof SharedView> {
  const note = state.step.ended ? null : decisionNote(state.step.notes);
  return {
    audience: 'console',
    joinUrl,
    seatList: state.seats.map(({ id, agency, connected }) => ({ seat: id, agency, connected })),
    tie: state.tie,
    canTakeBack: state.decisions.length > 0,
    note,
    skipNotes: state.step.notes.filter((n) => n.moment === 'time-skip').map((n) => n.note),
    namingAsk: state.naming && state.step.nameIt ? namingQuestion(note, state.step.nameIt.author, state.naming) : null,
    debrief: state.debrief ?? null,
  };
}

export const projectorOwn = (joinUrl: string, state: RoomState): Omit<ProjectorView, keyof SharedView> => ({
  audience: 'projector',
  joinUrl,
  debrief: state.debrief ?? null,
});

export const phoneView = (shared: SharedView, state: RoomState, seatId: string): PhoneView => ({ ...shared, ...phoneOwn(state, seatId) });

export const consoleView = (shared: SharedView, state: RoomState, joinUrl: string): ConsoleView => ({
  ...shared,
  ...consoleOwn(state, joinUrl),
});

export const projectorView = (shared: SharedView, state: RoomState, joinUrl: string): ProjectorView => ({
  ...shared,
  ...projectorOwn(joinUrl, state),
});
