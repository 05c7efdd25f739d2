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
import { QUADRANTS, quadrantOf } from '../model/orientation.ts';
import type { Quadrant } from '../model/orientation.ts';
import { decisionPoints, roadFrom, roadsNotTaken } from '../play/playthrough.ts';
import type { DecisionPoint, Playthrough } from '../play/playthrough.ts';
import type { StoryPort } from '../play/story-port.ts';
import { MIN_GROUP, OTHER_SEATS, OTHER_SEATS_LABEL } from './protocol.ts';
import type { RoomDecision, Tally } from './protocol.ts';
import { tallyOf } from './tally.ts';
import { discussionPrompts } from './room-prompts.ts';
import type { AgencyProfile, DecisionVotes, GroupCount, OptionVotes, PressureMatch, RoomDebrief, SplitDecision } from './debrief-types.ts';

export type { AgencyProfile, DecisionVotes, GroupCount, OptionVotes, PressureMatch, RoomDebrief, SplitDecision } from './debrief-types.ts';

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
  type Candidate = { decision: number; share: number; spread: number };
  const candidates = decisions.flatMap(({ tally }, decision): Candidate[] => {
    const spread = Object.values(tally.totals).filter((n) => n > 0).length;
    return spread < 2 ? [] : [{ decision, share: Math.max(...Object.values(tally.totals)) / sum(tally.totals), spread }];
  });
  // Candidates come in order, so keeping the first of equals keeps the earlier decision.
  const best = candidates.reduce<Candidate | null>(
    (found, c) => (!found || c.share < found.share || (c.share === found.share && c.spread > found.spread) ? c : found),
    null,
  );
  return best ? { decision: best.decision, share: best.share } : null;
}

function optionVotes(point: DecisionPoint, tally: Tally): OptionVotes[] {
  return point.before.choices.map((c) => ({
    index: c.index,
    text: c.text,
    votes: tally.totals[c.index] ?? 0,
    reading: tally.readings[c.index] ?? null,
  }));
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
  const replayed = decisionPoints(story, input.playthrough);
  const { points, final } = replayed;
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
        road: roadFrom(story, replayed, found.decision, alternative.index),
      };
  }
  const profiles = agencyProfiles(input);
  const pressure = pressureMatches(points, input.decisions);
  return {
    debrief,
    roads: roadsNotTaken(story, input.playthrough, 2, replayed),
    votes: decisionVotes(points, input.decisions, input.agencies),
    participants: participantCounts(input),
    profiles,
    split,
    pressure,
    prompts: discussionPrompts({ debrief, profiles, split, pressure }),
  };
}
