// What the context map should show, as numbers of things to draw, from the
// place's state. Shared by the picture and by its text description, so the
// two never disagree.
import type { Place } from './place.ts';

export interface MapCounts {
  youngPeople: number;
  displaced: number;
  guardians: number;
  cars: number;
  pull: number;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, Math.round(n)));

export function mapCounts(place: Place): MapCounts {
  const displaced = place.displacement >= 3 ? clamp(place.displacement / 2, 5) : 0;
  return {
    youngPeople: clamp(place.welcome / 2 + 2 - displaced, 8),
    displaced,
    guardians: clamp(place.guardianship / 2, 6),
    cars: clamp(place.harm / 3, 4),
    pull: clamp(place.pull, 10),
  };
}
