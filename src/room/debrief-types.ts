// The room's debrief as plain data (made by room-debrief.ts, sent to the
// console and the projector, read by the record): totals only.
import type { Debrief } from '../model/debrief.ts';
import type { How, Quadrant, Where } from '../model/orientation.ts';
import type { RoadNotTaken } from '../play/playthrough.ts';

/** As RoomDecision's: the room's majority, or the facilitator's call. */
export type DecidedBy = 'majority' | 'facilitator';

export interface GroupCount {
  /** An agency id, or OTHER_SEATS. */
  agency: string;
  label: string;
  people: number;
}

export interface AgencyProfile {
  agency: string;
  label: string;
  /** Every vote the group cast over the session. */
  votes: number;
  byQuadrant: Record<Quadrant, number>;
  /** Votes for finding out or not acting: no place on the map. */
  offMap: number;
}

export interface OptionVotes {
  index: number;
  text: string;
  votes: number;
  /** The option's WHERE and HOW; null for finding out or not acting. */
  reading: { where: Where; how: How } | null;
}

export interface SplitDecision {
  /** 1-based, in the order the room decided. */
  turn: number;
  chosen: string;
  decidedBy: DecidedBy;
  votes: number;
  /** The share of the votes the most-voted option won, 0 to 1: the smaller, the more the room split. */
  winningShare: number;
  /** Every option and its votes, as presented. */
  options: OptionVotes[];
  /** The option the road not taken replays: the most-voted option the room did not choose. */
  alternative: OptionVotes;
  road: RoadNotTaken | null;
}

/** One decision's totals as revealed, with the options' words, for the record. */
export interface DecisionVotes {
  turn: number;
  chosen: string;
  decidedBy: DecidedBy;
  options: OptionVotes[];
  /** Votes per option index from each group the reveal showed (small agencies already merged). */
  groups: { agency: string; label: string; votes: Record<number, number> }[];
}

export interface PressureMatch {
  turn: number;
  /** The options the game pressed (offered first, argued harder). */
  pressed: string[];
  chose: string;
  /** The room's decision was one of the pressed options. */
  followed: boolean;
  pressedVotes: number;
  votes: number;
}

export interface RoomDebrief {
  /** Everything the solo debrief shows, for the room's plan. */
  debrief: Debrief;
  roads: RoadNotTaken[];
  votes: DecisionVotes[];
  /** People seated per agency at the end, small agencies merged. */
  participants: GroupCount[];
  profiles: AgencyProfile[];
  split: SplitDecision | null;
  pressure: PressureMatch[];
  prompts: string[];
}
