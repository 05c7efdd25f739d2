// The panel's plan: the actions it adopted, and the orientation of the whole.
import type { Domain, How, Quadrant, Where } from './orientation.ts';
import type { PlaceEffects } from './place.ts';
import type { DynamicEffects } from './dynamics.ts';
import { quadrantOf } from './orientation.ts';

export interface Decision {
  /** 1-based position among the player's decisions. */
  turn: number;
  text: string;
  /** null for an unscored choice: information gathering or declining to act. */
  where: Where | null;
  how: How | null;
  quadrant: Quadrant | null;
  adopted: boolean;
  /** The panel agreed this as its goal. */
  goal: boolean;
  agency: string | null;
  domains: Domain[];
  place: PlaceEffects;
  /** What the choice did to the room's dynamics at once. */
  effects: DynamicEffects;
  key: boolean;
  /** Shown first and argued harder because the room was under pressure. */
  pressed: boolean;
  /** Every option the room pressed hard at this point, chosen or not. */
  pressedOptions: string[];
  /** The player's own one-line reason, if they gave one. */
  why: string | null;
  /** One player decided, or a room by its vote (an away-day). */
  by: 'player' | 'room';
  /** The author's reason for reading it as this WHERE and HOW. */
  reading: string | null;
  contested: boolean;
  /** The author's words for what it costs and what it brings. */
  costs: string[];
  benefits: string[];
}

/** A decision the panel acted on or agreed as its aim: these make up the plan. */
export type ScoredDecision = Decision & { where: Where; how: How; quadrant: Quadrant };

export const isScored = (d: Decision): d is ScoredDecision => d.quadrant !== null && d.where !== null && d.how !== null;

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

export function adoptedActions(decisions: readonly Decision[]): ScoredDecision[] {
  return decisions.filter((d): d is ScoredDecision => d.adopted && isScored(d));
}

/** The goal the panel agreed last (a later goal replaces an earlier one). */
export function goalOf(decisions: readonly Decision[]): ScoredDecision | null {
  return decisions.filter((d): d is ScoredDecision => d.goal && isScored(d)).at(-1) ?? null;
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
