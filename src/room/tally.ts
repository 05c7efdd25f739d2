// Counting a room's votes at a reveal. Totals per option are the room's;
// totals per agency are shown only for groups of at least MIN_GROUP voters,
// so no one's vote can be read off a group of one. Smaller groups merge into
// OTHER_SEATS, and if that group is still too small the smallest named group
// joins it, until every group shown holds MIN_GROUP voters or more.
import type { How, Where } from '../model/orientation.ts';
import { MIN_GROUP, OTHER_SEATS } from './protocol.ts';
import type { Tally } from './protocol.ts';

export interface Ballot {
  /** The voter's agency seat; null is counted with the other seats. */
  agency: string | null;
  option: number;
}

export type Readings = Record<number, { where: Where; how: How } | null>;

function count(ballots: readonly Ballot[]): Record<number, number> {
  const totals: Record<number, number> = {};
  for (const { option } of ballots) totals[option] = (totals[option] ?? 0) + 1;
  return totals;
}

function groupsOf(ballots: readonly Ballot[]): Map<string, Ballot[]> {
  const groups = new Map<string, Ballot[]>();
  for (const ballot of ballots) {
    const key = ballot.agency ?? OTHER_SEATS;
    groups.set(key, [...(groups.get(key) ?? []), ballot]);
  }
  return groups;
}

export function tallyOf(ballots: readonly Ballot[], readings: Readings): Tally {
  const groups = groupsOf(ballots);
  const other: Ballot[] = [...(groups.get(OTHER_SEATS) ?? [])];
  groups.delete(OTHER_SEATS);
  for (const [agency, members] of [...groups]) {
    if (members.length < MIN_GROUP) {
      other.push(...members);
      groups.delete(agency);
    }
  }
  while (other.length > 0 && other.length < MIN_GROUP && groups.size > 0) {
    // The smallest named group (then the first by name) joins the other seats.
    const [agency, members] = [...groups].sort((a, b) => a[1].length - b[1].length || a[0].localeCompare(b[0]))[0]!;
    other.push(...members);
    groups.delete(agency);
  }
  const byAgency: Record<string, Record<number, number>> = {};
  for (const [agency, members] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) byAgency[agency] = count(members);
  if (other.length > 0) byAgency[OTHER_SEATS] = count(other);
  return { totals: count(ballots), byAgency, readings };
}

/**
 * The options with the most votes among those that may be chosen. One
 * option: the room's majority. Several: a tie the facilitator must break.
 * No votes at all: every available option is open to the facilitator.
 */
export function leaders(totals: Record<number, number>, available: readonly number[]): number[] {
  const most = Math.max(0, ...available.map((i) => totals[i] ?? 0));
  if (most === 0) return [...available];
  return available.filter((i) => (totals[i] ?? 0) === most);
}
