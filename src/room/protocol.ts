// The away-day room's contract: what the console, the projector and the
// phones send to the room server, and what each of them is sent back. It is
// pure (no Colyseus, no DOM) so the server, the three pages and the tests
// share one definition.
//
// Privacy is built into the shapes: each audience gets its own view, made by
// the server for that audience. No view ever holds another person's vote, a
// name, free text from a phone or an address. A phone's own vote reaches
// that phone only. Totals by agency merge any agency with fewer than
// MIN_GROUP people into "other seats", so no one's vote can be read off.
import type { FacilitatorNote } from '../model/facilitator-notes.ts';
import type { How, Quadrant, Where } from '../model/orientation.ts';
import type { NamingQuestion } from './naming-question.ts';
import type { RoomDebrief } from './debrief-types.ts';

/** Colyseus room name for an away-day panel. */
export const ROOM_NAME = 'panel';
export const MAX_PARTICIPANTS = 80;
/** Fewer people than this in an agency and their votes merge into "other seats". */
export const MIN_GROUP = 2;
export const OTHER_SEATS = 'other';
export const OTHER_SEATS_LABEL = 'Other seats';
/** How long a dropped phone, console or projector keeps its seat, in seconds. */
export const SEAT_HOLD_SECONDS = 10 * 60;
/** Room codes: no 0/O, 1/I/L, 5/S, 2/Z, 8/B look-alikes. */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const CODE_LENGTH = 5;

export type Audience = 'console' | 'projector' | 'phone';

/** Options a client passes to join or create; validated by the server. */
export type JoinOptions =
  | { audience: 'console'; scenarioId: string } // creates a room
  | { audience: 'console'; facilitatorKey: string } // takes over an existing room (reload, other device)
  | { audience: 'projector' }
  | { audience: 'phone'; agency: string | null };

export type Phase =
  | 'lobby' // seats filling; the facilitator has not started
  | 'reading' // story text on the projector; the facilitator moves on
  | 'voting' // a decision is open; phones vote and may change their vote
  | 'revealed' // totals shown; the facilitator decides
  | 'naming' // "Name it": phones label the proposal WHERE and HOW
  | 'ended'; // the scenario reached its ending

/**
 * Messages from the console. Only a client that joined with the facilitator key may send them.
 * A page sends a console or phone message as `room.send(message.type, message)` (the payload may
 * leave `type` out); anything the room refuses is answered with ERROR and changes nothing.
 */
export type ConsoleMessage =
  | { type: 'start' }
  | { type: 'open-vote' }
  | { type: 'reveal' }
  /** `option` absent: the room's majority (a tie goes to the facilitator, who must then name one). */
  | { type: 'decide'; option?: number }
  | { type: 'continue' } // past a "Name it" or a stretch of reading
  | { type: 'timer'; seconds: number | null } // discussion timer; null stops it
  | { type: 'take-back' } // undo the last decision
  | { type: 'remove-seat'; seat: string }
  /** Which part of the room's debrief the projector shows (debrief-parts.ts), once the scenario has ended. */
  /** `screen`: how far down a part too long for the screen the projector is scrolled, in screens (0, the top, when absent). */
  | { type: 'show-part'; part: string; screen?: number }
  | { type: 'close' };

/**
 * A show of hands (no phones, no server): the facilitator types the room's
 * counts. Only a room opened for hands takes these (src/room/hands.ts); the
 * room server never reads them.
 */
export type HandsMessage =
  /** How many people sit at each agency (optional): the limit for the counts, and the seats the projector shows. */
  | { type: 'hands-seats'; people: Record<string, number> }
  /** The hands per option, and per agency if counted: shown at once, as a reveal. */
  | { type: 'hands'; totals: Record<number, number>; byAgency?: Record<string, Record<number, number>> }
  /** How many named each reading at a "Name it": shown at once, as closing naming does. */
  | { type: 'hands-naming'; counts: Record<Quadrant, number> };

/** Messages from a phone. */
export type PhoneMessage = { type: 'seat'; agency: string } | { type: 'vote'; option: number } | { type: 'name'; where: Where; how: How };

export interface SeatCount {
  agency: string;
  label: string;
  people: number;
}

export interface OptionView {
  index: number;
  text: string;
  available: boolean;
  /** Why it cannot be chosen now, in words. */
  reason: string | null;
  pressed: boolean;
}

export interface Tally {
  /** Votes per option index. */
  totals: Record<number, number>;
  /** Per agency (or OTHER_SEATS), votes per option index. */
  byAgency: Record<string, Record<number, number>>;
  /** The options' WHERE and HOW, so the projector can place votes on the map. */
  readings: Record<number, { where: Where; how: How } | null>;
}

export interface RoomDecision {
  turn: number;
  option: string;
  where: Where | null;
  how: How | null;
  /** 'majority' when the room's votes decided, 'facilitator' after a tie or discussion. */
  decidedBy: 'majority' | 'facilitator';
  tally: Tally;
}

/** What everyone in the room may see (the projector shows all of it). */
export interface SharedView {
  code: string;
  scenarioId: string;
  title: string;
  phase: Phase;
  /** The text since the last decision. */
  lines: string[];
  options: OptionView[];
  /** The proposal being named, during 'naming'. */
  nameIt: string | null;
  seats: SeatCount[];
  /** How many have voted (never who, never what) during 'voting'. */
  voted: number;
  /** Present after a reveal until the next decision. */
  tally: Tally | null;
  /** Room's labels for the current "Name it", after the facilitator continues: counts per quadrant. */
  naming: Record<`${Where}-${How}`, number> | null;
  /** The author's reading of the proposal and the reason, shown beside the room's labels once naming closes (never before). */
  nameItAuthor: { where: Where; how: How; reading: string | null; contested: boolean } | null;
  decisions: RoomDecision[];
  /** Seconds left on the discussion timer, or null. */
  timer: number | null;
  ending: string | null;
  /** Once the scenario has ended: the part of the debrief the projector shows (an id in debrief-parts.ts); null before. */
  debriefPart: string | null;
  /** How far down that part the projector is scrolled, in screens (0: its top). */
  debriefScreen: number;
  /** Present (true) in a show of hands: the facilitator types the counts; there are no phones. */
  hands?: true;
}

export interface PhoneView extends SharedView {
  audience: 'phone';
  /** This phone's own seat and vote: sent to this phone only. */
  agency: string | null;
  vote: number | null;
  named: { where: Where; how: How } | null;
}

export interface ConsoleView extends SharedView {
  audience: 'console';
  joinUrl: string;
  seatList: { seat: string; agency: string | null; connected: boolean }[];
  /** The tie the facilitator must break, as option indexes; empty when there is none. */
  tie: number[];
  canTakeBack: boolean;
  /** The author's notes for the facilitator at this decision (talking points, the paper's finding, questions): console only. */
  note: FacilitatorNote | null;
  /** Notes for the time skips the story passed since the last decision, in order: console only. */
  skipNotes: FacilitatorNote[];
  /** Once a "Name it" closes: how many read it as the author did, and the question to ask the room. */
  namingAsk: NamingQuestion | null;
  /** The room's debrief once the scenario has ended: totals only. */
  debrief: RoomDebrief | null;
}

export interface ProjectorView extends SharedView {
  audience: 'projector';
  joinUrl: string;
  /** The room's debrief once the scenario has ended: totals only. */
  debrief: RoomDebrief | null;
}

/** Sent once to the console that created the room; it is the only way to control it. */
export interface FacilitatorKeyMessage {
  type: 'facilitator-key';
  key: string;
  roomId: string;
}

/** Server → client message names. */
export const VIEW = 'view';
export const ERROR = 'error';
export const KEY = 'facilitator-key';

export interface ErrorMessage {
  /** Plain words for the person holding the device. */
  message: string;
}

/**
 * HTTP on the room server's port. A phone or projector turns a code into a
 * room with GET `${ROOM_LOOKUP_PATH}<CODE>` → 200 `{ roomId }` or 404
 * `{ message }`, then joins that room by id with its JoinOptions.
 */
export const ROOM_LOOKUP_PATH = '/api/rooms/';
/** Pages served by the same server: the phone's join address is `${PHONE_PATH}#<CODE>`. */
export const PHONE_PATH = '/phone';
export const CONSOLE_PATH = '/console';
export const PROJECTOR_PATH = '/projector';
