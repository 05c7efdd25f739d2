// The seats a room fills for a scenario: each agency in the cast that sits
// at the table, with the words its role card carries. Plain data, so the
// guide and the cards are pure functions of the story and the agencies file.
import type { ScenarioMeta } from './scenario.ts';

export interface Seat {
  /** The agency's id, as in the cast and in assets/agencies.json. */
  id: string;
  /** The agency's label, such as "Youth work". */
  agency: string;
  /** The person in the story who holds the seat. */
  name: string;
  role: string;
  remit: string;
  reachesFor: string;
  accountableFor: string;
  /** What presses on this agency in this scenario (the story's # pressures:). */
  pressures: string;
}

export interface SeatAgency {
  label: string;
  seat: boolean;
  remit: string;
  reachesFor: string;
  accountableFor: string;
}

/** Cast members whose id is an agency with a seat, in the order the story lists its cast. */
export function seatsOf(meta: ScenarioMeta, agencies: Readonly<Record<string, SeatAgency>>): Seat[] {
  return Object.entries(meta.cast).flatMap(([id, member]) => {
    const agency = Object.hasOwn(agencies, id) ? agencies[id]! : null;
    if (!agency?.seat) return [];
    return [
      {
        id,
        agency: agency.label,
        name: member.name,
        role: member.role,
        remit: agency.remit,
        reachesFor: agency.reachesFor,
        accountableFor: agency.accountableFor,
        pressures: meta.pressures[id] ?? '',
      },
    ];
  });
}
