// The room's debrief, made once when the scenario ends, from the room's state
// alone (its playthrough and the tallies shown at each reveal), so it is the
// same whether phones voted or the facilitator counted hands. It holds the
// solo debrief of the room's plan and adds what only a room has: each
// agency's profile of votes on the WHERE × HOW map, the decision where the
// room split most (with the road not taken from it), and how the room's votes
// met the pressure the game applied.
//
// Privacy: everything here is a sum of totals the room already saw at its
// reveals, grouped as the reveals grouped them (an agency with fewer than
// MIN_GROUP voters is in "other seats"). Then any agency with fewer than
// MIN_GROUP people seated at the end is folded into "other seats" too.
import { buildDebrief } from '../model/debrief.ts';
import type { Debrief } from '../model/debrief.ts';
import { QUADRANTS, quadrantOf } from '../model/orientation.ts';
import type { Quadrant } from '../model/orientation.ts';
import { decisionPoints, roadFrom, roadsNotTaken } from '../play/playthrough.ts';
import type { DecisionPoint, Playthrough, RoadNotTaken } from '../play/playthrough.ts';
import type { StoryPort } from '../play/story-port.ts';
import { MIN_GROUP, OTHER_SEATS, OTHER_SEATS_LABEL } from './protocol.ts';
import type { RoomDecision, Tally } from './protocol.ts';
import { tallyOf } from './tally.ts';
import { discussionPrompts } from './room-prompts.ts';

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
}

export interface SplitDecision {
  /** 1-based, in the order the room decided. */
  turn: number;
  chosen: string;
  decidedBy: RoomDecision['decidedBy'];
  votes: number;
  /** The share of the votes the most-voted option won, 0 to 1: the smaller, the more the room split. */
  winningShare: number;
  /** Every option and its votes, as presented. */
  options: OptionVotes[];
  /** The option the road not taken replays: the most-voted option the room did not choose. */
  alternative: OptionVotes;
  /** The same decision's votes by agency group, as revealed. */
  tally: Tally;
  road: RoadNotTaken | null;
}

/** One decision's totals as revealed, with the options' words, for the record. */
export interface DecisionVotes {
  turn: number;
  chosen: string;
  decidedBy: RoomDecision['decidedBy'];
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

export interface DebriefInput {
  playthrough: Playthrough;
  decisions: readonly RoomDecision[];
  agencies: readonly { id: string; label: string }[];
  /** The agency of each seat at the end (null: no seat chosen). */
  seats: readonly (string | null)[];
}

const labelOf = (agencies: DebriefInput['agencies'], id: string) =>
  id === OTHER_SEATS ? OTHER_SEATS_LABEL : (agencies.find((a) => a.id === id)?.label ?? id);

/** People per agency, merged as votes are: no group of one. */
export function participantCounts(input: Pick<DebriefInput, 'agencies' | 'seats'>): GroupCount[] {
  const grouped = tallyOf(
    input.seats.map((agency) => ({ agency, option: 0 })),
    {},
  ).byAgency;
  return Object.entries(grouped).map(([agency, counts]) => ({ agency, label: labelOf(input.agencies, agency), people: counts[0] ?? 0 }));
}

const emptyQuadrants = (): Record<Quadrant, number> =>
  Object.fromEntries(Object.keys(QUADRANTS).map((q) => [q, 0])) as Record<Quadrant, number>;

/** Each group's votes over the session, placed on the map by each option's reading. */
export function agencyProfiles(input: Pick<DebriefInput, 'agencies' | 'seats' | 'decisions'>): AgencyProfile[] {
  const seated = new Set(participantCounts(input).map((g) => g.agency));
  const profiles = new Map<string, AgencyProfile>();
  const profile = (agency: string) => {
    const key = seated.has(agency) ? agency : OTHER_SEATS;
    const found = profiles.get(key) ?? {
      agency: key,
      label: labelOf(input.agencies, key),
      votes: 0,
      byQuadrant: emptyQuadrants(),
      offMap: 0,
    };
    profiles.set(key, found);
    return found;
  };
  for (const { tally } of input.decisions) {
    for (const [agency, counts] of Object.entries(tally.byAgency)) {
      const group = profile(agency);
      for (const [option, votes] of Object.entries(counts)) {
        const reading = tally.readings[Number(option)];
        group.votes += votes;
        if (reading) group.byQuadrant[quadrantOf(reading.where, reading.how)] += votes;
        else group.offMap += votes;
      }
    }
  }
  // A group that cast fewer than MIN_GROUP votes in all (a room of one) joins the other seats.
  for (const [key, group] of [...profiles]) {
    if (key === OTHER_SEATS || group.votes >= MIN_GROUP) continue;
    profiles.delete(key);
    const other = profile(OTHER_SEATS);
    other.votes += group.votes;
    other.offMap += group.offMap;
    for (const q of Object.keys(QUADRANTS) as Quadrant[]) other.byQuadrant[q] += group.byQuadrant[q];
  }
  return [...profiles.values()].sort((a, b) =>
    a.agency === OTHER_SEATS ? 1 : b.agency === OTHER_SEATS ? -1 : a.label.localeCompare(b.label),
  );
}

const sum = (counts: Record<number, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * The decision where the room split most: the smallest share of the votes won
 * by the most-voted option, among decisions where at least two options had
 * votes. Ties go to the decision where more options had votes, then to the
 * earlier one. Null when the room never split.
 */
export function mostSplit(decisions: readonly RoomDecision[]): { decision: number; share: number } | null {
  let best: { decision: number; share: number; spread: number } | null = null;
  decisions.forEach(({ tally }, decision) => {
    const votes = sum(tally.totals);
    const spread = Object.values(tally.totals).filter((n) => n > 0).length;
    if (spread < 2) return;
    const share = Math.max(...Object.values(tally.totals)) / votes;
    if (!best || share < best.share || (share === best.share && spread > best.spread)) best = { decision, share, spread };
  });
  const found = best as { decision: number; share: number } | null;
  return found ? { decision: found.decision, share: found.share } : null;
}

function optionVotes(point: DecisionPoint, tally: Tally): OptionVotes[] {
  return point.before.choices.map((c) => ({ index: c.index, text: c.text, votes: tally.totals[c.index] ?? 0 }));
}

/** The most-voted option the room did not choose; a tie goes to the one presented first. */
export function runnerUp(options: readonly OptionVotes[], chosen: number): OptionVotes | null {
  const others = options.filter((o) => o.index !== chosen && o.votes > 0);
  return others.reduce<OptionVotes | null>((best, o) => (!best || o.votes > best.votes ? o : best), null);
}

/** Each decision where the game pressed some options: what the room voted and what it chose. */
export function pressureMatches(points: readonly DecisionPoint[], decisions: readonly RoomDecision[]): PressureMatch[] {
  return points.flatMap((point, i) => {
    const pressed = point.before.choices.filter((c) => c.pressed);
    const tally = decisions[i]?.tally;
    if (!pressed.length || !tally) return [];
    return [
      {
        turn: i + 1,
        pressed: pressed.map((c) => c.text),
        chose: point.chosen.text,
        followed: point.chosen.pressed,
        pressedVotes: pressed.reduce((n, c) => n + (tally.totals[c.index] ?? 0), 0),
        votes: sum(tally.totals),
      },
    ];
  });
}

export function decisionVotes(
  points: readonly DecisionPoint[],
  decisions: readonly RoomDecision[],
  agencies: DebriefInput['agencies'],
): DecisionVotes[] {
  return decisions.flatMap((decision, i) => {
    const point = points[i];
    if (!point) return [];
    return [
      {
        turn: i + 1,
        chosen: decision.option,
        decidedBy: decision.decidedBy,
        options: optionVotes(point, decision.tally),
        groups: Object.entries(decision.tally.byAgency).map(([agency, votes]) => ({ agency, label: labelOf(agencies, agency), votes })),
      },
    ];
  });
}

export function roomDebrief(story: StoryPort, input: DebriefInput): RoomDebrief {
  const { points, final } = decisionPoints(story, input.playthrough);
  const debrief = buildDebrief(final.model, story.meta);
  const found = mostSplit(input.decisions);
  let split: SplitDecision | null = null;
  const point = found ? points[found.decision] : undefined;
  const decision = found ? input.decisions[found.decision] : undefined;
  if (found && point && decision) {
    const options = optionVotes(point, decision.tally);
    const alternative = runnerUp(options, point.chosen.index);
    if (alternative)
      split = {
        turn: found.decision + 1,
        chosen: point.chosen.text,
        decidedBy: decision.decidedBy,
        votes: sum(decision.tally.totals),
        winningShare: found.share,
        options,
        alternative,
        tally: decision.tally,
        road: roadFrom(story, input.playthrough, found.decision, alternative.index),
      };
  }
  const profiles = agencyProfiles(input);
  const pressure = pressureMatches(points, input.decisions);
  return {
    debrief,
    roads: roadsNotTaken(story, input.playthrough),
    votes: decisionVotes(points, input.decisions, input.agencies),
    participants: participantCounts(input),
    profiles,
    split,
    pressure,
    prompts: discussionPrompts({ debrief, profiles, split, pressure }),
  };
}
