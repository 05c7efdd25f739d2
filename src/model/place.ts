// The place the harm happens in (a park, a city centre, a school, an estate),
// drawn on the context map and changed at each time skip.
import type { Quadrant } from './orientation.ts';

export const PLACE_NAMES = ['guardianship', 'welcome', 'pull', 'harm', 'displacement'] as const;
export type PlaceName = (typeof PLACE_NAMES)[number];
export type Place = Record<PlaceName, number>;
export type PlaceEffects = Partial<Record<PlaceName, number>>;

export const PLACE_INFO: Record<PlaceName, { label: string; meaning: string; initial: number }> = {
  guardianship: { label: 'Guardianship', meaning: 'Adults with a caring intention present there', initial: 2 },
  welcome: { label: 'Welcome', meaning: 'Whether young people may be there safely, or are moved on', initial: 3 },
  pull: { label: 'Pull', meaning: 'What draws young people there: warmth, Wi-Fi, friends, nowhere else', initial: 7 },
  harm: { label: 'Harm', meaning: 'Exploitation and violence happening there', initial: 6 },
  displacement: { label: 'Displacement', meaning: 'Harm pushed somewhere else, out of sight', initial: 1 },
};

export const clampPlace = (value: number) => (Number.isFinite(value) ? Math.min(10, Math.max(0, Math.round(value))) : 0);

export function initialPlace(overrides: PlaceEffects = {}): Place {
  const place = {} as Place;
  for (const name of PLACE_NAMES) place[name] = clampPlace(overrides[name] ?? PLACE_INFO[name].initial);
  return place;
}

export function applyPlaceEffects(place: Place, effects: PlaceEffects): Place {
  const next = { ...place };
  for (const name of PLACE_NAMES) {
    const delta = effects[name];
    if (delta !== undefined) next[name] = clampPlace(place[name] + delta);
  }
  return next;
}

/**
 * What an adopted action does to the place when the author gave no place
 * tags. Moving young people on quietens a place and pushes harm elsewhere;
 * changing the conditions adds adults who care and makes young people welcome
 * (Owens & Lloyd 2023; GAME.md "The model").
 */
export const DEFAULT_PLACE_EFFECTS: Record<Quadrant, PlaceEffects> = {
  'context-behaviour': { harm: -2, displacement: 2, welcome: -2 },
  'context-ecological': { guardianship: 1, welcome: 1 },
  'individual-behaviour': {},
  'individual-ecological': {},
};

/**
 * The part of a decision (model/plan.ts) the place needs: named here rather
 * than imported, so plan.ts may depend on place.ts without a cycle.
 */
export interface PlaceAction {
  place: PlaceEffects;
  quadrant: Quadrant | null;
}

export function placeEffectsOf(action: PlaceAction): PlaceEffects {
  if (Object.keys(action.place).length) return action.place;
  return action.quadrant ? DEFAULT_PLACE_EFFECTS[action.quadrant] : {};
}

/**
 * A time skip: actions adopted since the last skip take effect, then the
 * place moves on by itself. Harm that was only moved creeps back while nobody
 * is there to look out for young people; guardianship keeps it down.
 */
export function timeSkipPlace(place: Place, newlyAdopted: readonly PlaceAction[], skipsSoFar: number): Place {
  let next = place;
  for (const action of newlyAdopted) next = applyPlaceEffects(next, placeEffectsOf(action));
  const creep = skipsSoFar > 0 && next.displacement >= 3 && next.guardianship < 5 ? 1 : 0;
  const kept = next.guardianship >= 6 ? -1 : 0;
  return applyPlaceEffects(next, { harm: creep + kept });
}
