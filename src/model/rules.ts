// Rules the paper supports, each a small pure function with a table-driven
// test (Owens & Lloyd 2023, Discussion: "Extra-familial harm" and "The
// dynamics of multi-agency partnerships").
import type { DynamicEffects, Dynamics } from './dynamics';
import type { ChoiceTags, ScenarioMeta } from './scenario';

/** Risk and anxiety at or above these levels pull the room towards police-led and relocation options. */
export const HIGH_RISK = 7;
export const HIGH_ANXIETY = 7;

export function underPressure(dynamics: Dynamics): boolean {
  return dynamics.risk >= HIGH_RISK && dynamics.anxiety >= HIGH_ANXIETY;
}

const POLICE_LED = new Set(['police', 'community-safety']);

/** Police-led, or acting on a place by moving, dispersing or disrupting the young people in it. */
export function isPoliceLedOrRelocation(tags: Pick<ChoiceTags, 'agency' | 'where' | 'how'>): boolean {
  return (tags.agency !== null && POLICE_LED.has(tags.agency)) || (tags.where === 'context' && tags.how === 'behaviour');
}

export interface Ordered<T> {
  item: T;
  /** Argued harder in the room: shown first and marked, never forced. */
  pressed: boolean;
}

/**
 * Under high risk and high anxiety, police-led and relocation options are
 * offered first and argued harder. Every option stays on the table.
 */
export function orderUnderPressure<T extends { tags: ChoiceTags | null }>(choices: readonly T[], dynamics: Dynamics): Ordered<T>[] {
  const pressure = underPressure(dynamics);
  const marked = choices.map((item) => ({ item, pressed: pressure && item.tags !== null && isPoliceLedOrRelocation(item.tags) }));
  return [...marked.filter((c) => c.pressed), ...marked.filter((c) => !c.pressed)];
}

export interface Availability {
  available: boolean;
  /** Why not, in words for the player. */
  reason: string | null;
}

export interface AvailabilityContext {
  dynamics: Dynamics;
  present: readonly string[];
  meta: Pick<ScenarioMeta, 'commissioned' | 'cast'>;
}

/**
 * Some options need a partner in the room or enough trust first (ward funds
 * need the councillor; a community conference needs a coordinator and
 * residents), and only commissioned services can be offered.
 */
export function availability(tags: ChoiceTags, { dynamics, present, meta }: AvailabilityContext): Availability {
  for (const partner of tags.needs) {
    if (!present.includes(partner)) {
      const who = meta.cast[partner]?.name ?? partner.replace(/-/g, ' ');
      return { available: false, reason: `Needs ${who} at the table first.` };
    }
  }
  if (tags.needsTrust !== null && dynamics.trust < tags.needsTrust) {
    return { available: false, reason: 'Needs more trust between the agencies first.' };
  }
  if (tags.service !== null && meta.commissioned !== null && !meta.commissioned.includes(tags.service)) {
    return { available: false, reason: 'This service is not commissioned in this area.' };
  }
  return { available: true, reason: null };
}

/** A reflective pause costs meeting time, lowers anxiety and raises trust. */
export const PAUSE_EFFECTS: DynamicEffects = { time: -10, anxiety: -2, trust: 1 };

/** A pause needs at least this much meeting time left. */
export const PAUSE_MINUTES = 10;

export function effectsOfChoice(tags: ChoiceTags): DynamicEffects {
  if (!tags.pause) return tags.effects;
  const total: DynamicEffects = { ...tags.effects };
  for (const [name, delta] of Object.entries(PAUSE_EFFECTS) as [keyof DynamicEffects, number][]) {
    total[name] = (total[name] ?? 0) + delta;
  }
  return total;
}
