// Which consequences follow, chosen from the plan's effect on the place and
// the room's dynamics. The story writes what each one looks like; the model
// only names which one happens.
import type { Dynamics } from './dynamics';
import type { Place } from './place';

export type YoungPeopleOutcome = 'out-of-sight' | 'connected' | 'mixed';
export type PlaceOutcome = 'quiet-but-displaced' | 'watched-over' | 'unsettled';
export type PartnershipOutcome = 'trusting' | 'reporting' | 'fragmenting';

export interface Consequences {
  youngPeople: YoungPeopleOutcome;
  place: PlaceOutcome;
  partnership: PartnershipOutcome;
}

export function youngPeopleOutcome(place: Place, dynamics: Dynamics): YoungPeopleOutcome {
  if (place.displacement >= 4) return 'out-of-sight';
  if (dynamics.youthTrust >= 6 && place.guardianship >= 5) return 'connected';
  return 'mixed';
}

export function placeOutcome(place: Place): PlaceOutcome {
  if (place.displacement >= 4 && place.harm <= 4) return 'quiet-but-displaced';
  if (place.guardianship >= 5 && place.welcome >= 5) return 'watched-over';
  return 'unsettled';
}

export function partnershipOutcome(dynamics: Dynamics): PartnershipOutcome {
  if (dynamics.trust >= 7) return 'trusting';
  if (dynamics.trust >= 4) return 'reporting';
  return 'fragmenting';
}

export function consequencesOf(place: Place, dynamics: Dynamics): Consequences {
  return {
    youngPeople: youngPeopleOutcome(place, dynamics),
    place: placeOutcome(place),
    partnership: partnershipOutcome(dynamics),
  };
}
