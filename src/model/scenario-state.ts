// Everything the model knows about one playthrough. Pure: every change is a
// function from one state to the next, so any playthrough can be replayed.
import { applyEffects, initialDynamics } from './dynamics.ts';
import type { DynamicEffects, Dynamics } from './dynamics.ts';
import { quadrantOf } from './orientation.ts';
import type { Decision } from './plan.ts';
import { planOrientation } from './plan.ts';
import type { ChoiceTags, LineTags } from './scenario.ts';

export interface DynamicsPoint {
  /** How many decisions had been made when this reading was taken. */
  turn: number;
  dynamics: Dynamics;
}

export interface ScenarioState {
  decisions: Decision[];
  dynamics: Dynamics;
  history: DynamicsPoint[];
  timeskips: string[];
  ending: string | null;
}

export function startScenario(start: DynamicEffects = {}): ScenarioState {
  const dynamics = initialDynamics(start);
  return { decisions: [], dynamics, history: [{ turn: 0, dynamics }], timeskips: [], ending: null };
}

function withDynamics(state: ScenarioState, dynamics: Dynamics): ScenarioState {
  const turn = state.decisions.length;
  const history = state.history.filter((p) => p.turn !== turn);
  return { ...state, dynamics, history: [...history, { turn, dynamics }] };
}

export function recordChoice(state: ScenarioState, text: string, tags: ChoiceTags): ScenarioState {
  const decision: Decision = {
    turn: state.decisions.length + 1,
    text,
    where: tags.where,
    how: tags.how,
    adopted: tags.adopt,
    agency: tags.agency,
    domains: [...tags.domains],
    quadrant: quadrantOf(tags.where, tags.how),
  };
  const next = { ...state, decisions: [...state.decisions, decision] };
  return withDynamics(next, applyEffects(state.dynamics, tags.effects));
}

export function recordLine(state: ScenarioState, tags: LineTags): ScenarioState {
  let next = state;
  if (tags.timeskip) next = { ...next, timeskips: [...next.timeskips, tags.timeskip] };
  if (tags.ending) next = { ...next, ending: tags.ending };
  const changed = Object.values(tags.effects).some((v) => v !== 0);
  return changed ? withDynamics(next, applyEffects(next.dynamics, tags.effects)) : next;
}

/**
 * The numbers a story may branch on, under the names it declares with VAR.
 * Ink reads these; it never computes them.
 */
export function storyVariables(state: ScenarioState): Record<string, number> {
  const plan = planOrientation(state.decisions);
  const d = state.dynamics;
  return {
    risk: d.risk,
    anxiety: d.anxiety,
    trust: d.trust,
    youth_trust: d.youthTrust,
    time: d.time,
    plan_actions: plan.actions,
    plan_context: plan.context,
    plan_ecological: plan.ecological,
    plan_context_behaviour: plan.byQuadrant['context-behaviour'],
    plan_context_ecological: plan.byQuadrant['context-ecological'],
    plan_individual_behaviour: plan.byQuadrant['individual-behaviour'],
    plan_individual_ecological: plan.byQuadrant['individual-ecological'],
  };
}
