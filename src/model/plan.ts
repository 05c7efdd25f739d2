// The panel's plan: the actions it adopted, and the orientation of the whole.
import type { Domain, How, Quadrant, Where } from './orientation.ts';
import type { PlaceEffects } from './place.ts';
import { quadrantOf } from './orientation.ts';

export interface Decision {
  /** 1-based position among the player's decisions. */
  turn: number;
  text: string;
  where: Where;
  how: How;
  adopted: boolean;
  agency: string | null;
  domains: Domain[];
  quadrant: Quadrant;
  place: PlaceEffects;
  key: boolean;
  /** Shown first and argued harder because the room was under pressure. */
  pressed: boolean;
  /** The player's own one-line reason, if they gave one. */
  why: string | null;
}

export interface PlanOrientation {
  actions: number;
  context: number;
  ecological: number;
  byQuadrant: Record<Quadrant, number>;
  /** The plan's overall quadrant: null when it has no actions or is evenly split on an axis. */
  quadrant: Quadrant | null;
  /** Where the plan leans: null when tied. */
  where: Where | null;
  how: How | null;
}

export function adoptedActions(decisions: readonly Decision[]): Decision[] {
  return decisions.filter((d) => d.adopted);
}

function lean<T>(count: number, total: number, more: T, fewer: T): T | null {
  if (total === 0 || count * 2 === total) return null;
  return count * 2 > total ? more : fewer;
}

export function planOrientation(decisions: readonly Decision[]): PlanOrientation {
  const plan = adoptedActions(decisions);
  const byQuadrant: Record<Quadrant, number> = {
    'individual-behaviour': 0,
    'individual-ecological': 0,
    'context-behaviour': 0,
    'context-ecological': 0,
  };
  for (const action of plan) byQuadrant[action.quadrant] += 1;
  const context = plan.filter((a) => a.where === 'context').length;
  const ecological = plan.filter((a) => a.how === 'ecological').length;
  const where = lean<Where>(context, plan.length, 'context', 'individual');
  const how = lean<How>(ecological, plan.length, 'ecological', 'behaviour');
  return {
    actions: plan.length,
    context,
    ecological,
    byQuadrant,
    where,
    how,
    quadrant: where && how ? quadrantOf(where, how) : null,
  };
}
