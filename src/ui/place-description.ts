// The context map in words: everything the picture shows, for anyone who
// cannot see it, or would rather read.
import { mapCounts } from '../model/map-view.ts';
import type { Place } from '../model/place.ts';

const FEATURE_TEXT: Record<string, string> = {
  wifi: 'You can pick up Wi-Fi from the café at the shelter.',
  'shelter-moved': 'The shelter stands in the middle of the park now, visible from the paths.',
  'shelter-removed': 'The shelter has been taken out; only its concrete base is left.',
  lights: 'The lamps work.',
  'corridor-staffed': 'There are staff on the corridor at lesson change.',
  'empty-classroom': 'There is an empty seat in a classroom.',
  'staff-at-stop': 'A member of staff waits at the bus stop at home time.',
  'centre-open': 'The community centre is open in the evenings.',
  'night-staff': 'The people who work at night know what to look for and whom to call.',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describePlace(place: Place, features: readonly string[]): string[] {
  const counts = mapCounts(place);
  const lines = [
    counts.youngPeople ? `${plural(counts.youngPeople, 'young person is', 'young people are')} there.` : 'No young people are there.',
    counts.guardians
      ? `${plural(counts.guardians, 'adult is', 'adults are')} there who look out for them.`
      : 'No adult is there to look out for them.',
    counts.cars
      ? `${plural(counts.cars, 'car waits', 'cars wait')} at the edge: adults who would harm them.`
      : 'No one is waiting at the edge.',
  ];
  if (counts.displaced) lines.push(`Some young people have been moved elsewhere, out of sight.`);
  for (const feature of features) {
    const text = FEATURE_TEXT[feature];
    if (text) lines.push(text);
  }
  return lines;
}
