// Rules the paper supports, each a small pure function with a table-driven
// test (Owens & Lloyd 2023, Discussion: "Extra-familial harm" and "The
// dynamics of multi-agency partnerships").
import type { DynamicEffects, Dynamics } from './dynamics';
import type { ChoiceTags, ScenarioMeta } from './scenario';

/** Risk and anxiety at or above these levels pull the room towards quick, visible methods. */
export const HIGH_RISK = 7;
export const HIGH_ANXIETY = 7;

export function underPressure(dynamics: Dynamics): boolean {
  return dynamics.risk >= HIGH_RISK && dynamics.anxiety >= HIGH_ANXIETY;
}

/**
 * Under high risk the paper found welfare agencies deferring to police-led
 * and individual, behaviour-based methods: moving, disrupting or sanctioning.
 * The author marks those options with #pressure. Where no option at a
 * decision is marked, the default is every adopted behaviour-based action.
 * Never by agency alone: a welfare strategy meeting proposed by the police is
 * not what the room reaches for in a panic.
 */
export type PressureSource = 'author' | 'default';

export function pressureSource(tags: Pick<ChoiceTags, 'pressure' | 'adopt' | 'how'>, anyMarked: boolean): PressureSource | null {
  if (anyMarked) return tags.pressure ? 'author' : null;
  return tags.adopt && tags.how === 'behaviour' ? 'default' : null;
}

export const PRESSURE_REASONS: Record<PressureSource, string> = {
  author:
    'Risk and anxiety were both high, and this is what the author expects a room to reach for then: a quick, visible method that moves, disrupts or sanctions.',
  default:
    'Risk and anxiety were both high, and this was an action that works by changing behaviour: the kind of quick, visible method rooms defer to under pressure.',
};

export interface Ordered<T> {
  item: T;
  /** Argued harder in the room: shown first and marked, never forced. */
  pressed: boolean;
  /** Why it was pressed, in words for the player; null when it was not. */
  pressedWhy: string | null;
}

/**
 * Under high risk and high anxiety, the options a room reaches for are
 * offered first and argued harder. Every option stays on the table.
 */
export function orderUnderPressure<T extends { tags: ChoiceTags | null }>(choices: readonly T[], dynamics: Dynamics): Ordered<T>[] {
  const pressure = underPressure(dynamics);
  const anyMarked = choices.some((c) => c.tags?.pressure);
  const marked = choices.map((item) => {
    const source = pressure && item.tags ? pressureSource(item.tags, anyMarked) : null;
    return { item, pressed: source !== null, pressedWhy: source ? PRESSURE_REASONS[source] : null };
  });
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
  /** Facts the panel has found out. */
  known?: readonly string[];
  meta: Pick<ScenarioMeta, 'commissioned' | 'cast'> & Partial<Pick<ScenarioMeta, 'facts'>>;
}

/**
 * Some options need a partner in the room or enough trust first (ward funds
 * need the councillor; a community conference needs a coordinator and
 * residents), and only commissioned services can be offered.
 */
export function availability(tags: ChoiceTags, { dynamics, present, known = [], meta }: AvailabilityContext): Availability {
  // What the panel never asked about, it does not know later.
  for (const fact of tags.needsKnown) {
    if (!known.includes(fact)) {
      const what = meta.facts?.[fact] ?? fact.replace(/-/g, ' ');
      return { available: false, reason: `Nobody has found out ${what} yet.` };
    }
  }
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
