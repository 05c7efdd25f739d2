// Everything the model knows about one playthrough. Pure: every change is a
// function from one state to the next, so any playthrough can be replayed.
import { applyEffects, hasEffects, initialDynamics } from './dynamics.ts';
import type { DynamicEffects, Dynamics } from './dynamics.ts';
import { quadrantOf } from './orientation.ts';
import type { Decision } from './plan.ts';
import { goalOf, planOrientation } from './plan.ts';
import { initialPlace, timeSkipPlace } from './place.ts';
import type { Place, PlaceEffects } from './place.ts';
import { consequencesOf } from './consequences.ts';
import type { Consequences } from './consequences.ts';
import { effectsOfChoice } from './rules.ts';
import type { NameItRecord } from './awareness.ts';
import type { Orientation } from './orientation.ts';
import type { ChoiceTags, LineTags } from './scenario.ts';

export interface DynamicsPoint {
  /** How many decisions had been made when this reading was taken. */
  turn: number;
  dynamics: Dynamics;
}

export interface PlacePoint {
  label: string;
  place: Place;
  consequences: Consequences;
}

export interface ScenarioState {
  decisions: Decision[];
  dynamics: Dynamics;
  history: DynamicsPoint[];
  place: Place;
  /** The place at the start and after each time skip. */
  placeHistory: PlacePoint[];
  /** Partners at the table. */
  present: string[];
  nameIts: NameItRecord[];
  timeskips: string[];
  /** How many adopted actions have already changed the place. */
  placeApplied: number;
  ending: string | null;
  /** What the context map shows, in the order the story revealed it. */
  mapFeatures: string[];
  /** The story's latest section and scene, so a resumed game shows where it is. */
  section: string | null;
  scene: string | null;
  /** Facts the panel has found out (#learns), in the order it found them. */
  known: string[];
}

export interface ScenarioStart {
  dynamics?: DynamicEffects;
  place?: PlaceEffects;
  present?: string[];
}

export function startScenario(start: ScenarioStart = {}): ScenarioState {
  const dynamics = initialDynamics(start.dynamics);
  const place = initialPlace(start.place);
  return {
    decisions: [],
    dynamics,
    history: [{ turn: 0, dynamics }],
    place,
    placeHistory: [{ label: 'At the start', place, consequences: consequencesOf(place, dynamics) }],
    present: [...(start.present ?? [])],
    nameIts: [],
    timeskips: [],
    placeApplied: 0,
    ending: null,
    mapFeatures: [],
    section: null,
    scene: null,
    known: [],
  };
}

function withDynamics(state: ScenarioState, dynamics: Dynamics): ScenarioState {
  const turn = state.decisions.length;
  const history = state.history.filter((p) => p.turn !== turn);
  return { ...state, dynamics, history: [...history, { turn, dynamics }] };
}

export interface ChoiceContext {
  /** This option was argued hard in the room. */
  pressed?: boolean;
  /** Every option pressed hard at this point. */
  pressedOptions?: string[];
  /** The player's own reason. */
  why?: string | null;
  /** One player decided, or a room by its vote. */
  by?: 'player' | 'room';
}

const addNew = (list: readonly string[], more: readonly string[]) => [
  ...list,
  ...more.filter((item, i) => !list.includes(item) && more.indexOf(item) === i),
];

export function recordChoice(state: ScenarioState, text: string, tags: ChoiceTags, context: ChoiceContext = {}): ScenarioState {
  const effects = effectsOfChoice(tags);
  const decision: Decision = {
    turn: state.decisions.length + 1,
    text,
    where: tags.where,
    how: tags.how,
    quadrant: tags.where && tags.how ? quadrantOf(tags.where, tags.how) : null,
    adopted: tags.adopt,
    goal: tags.goal,
    agency: tags.agency,
    domains: [...tags.domains],
    place: { ...tags.place },
    effects,
    key: tags.key,
    pressed: context.pressed ?? false,
    pressedOptions: [...(context.pressedOptions ?? [])],
    why: context.why ?? null,
    by: context.by ?? 'player',
    reading: tags.reading,
    contested: tags.contested,
    costs: [...tags.costs],
    benefits: [...tags.benefits],
  };
  const next = {
    ...state,
    decisions: [...state.decisions, decision],
    present: addNew(state.present, tags.brings),
    known: addNew(state.known, tags.learns),
  };
  return withDynamics(next, applyEffects(state.dynamics, effects));
}

/** A time skip: the actions adopted since the last one change the place. */
export function timeSkip(state: ScenarioState, label: string): ScenarioState {
  const adopted = state.decisions.filter((d) => d.adopted);
  const place = timeSkipPlace(state.place, adopted.slice(state.placeApplied), state.timeskips.length);
  return {
    ...state,
    place,
    placeApplied: adopted.length,
    timeskips: [...state.timeskips, label],
    placeHistory: [...state.placeHistory, { label, place, consequences: consequencesOf(place, state.dynamics) }],
  };
}

export function recordLine(state: ScenarioState, tags: LineTags): ScenarioState {
  let next = state;
  if (tags.timeskip) next = timeSkip(next, tags.timeskip);
  if (tags.ending) next = { ...next, ending: tags.ending };
  if (tags.section && tags.section !== next.section) next = { ...next, section: tags.section };
  if (tags.scene && tags.scene !== next.scene) next = { ...next, scene: tags.scene };
  const newFeatures = tags.map.filter((f) => !next.mapFeatures.includes(f));
  if (newFeatures.length) next = { ...next, mapFeatures: [...next.mapFeatures, ...newFeatures] };
  if (tags.learns.some((f) => !next.known.includes(f))) next = { ...next, known: addNew(next.known, tags.learns) };
  return hasEffects(tags.effects) ? withDynamics(next, applyEffects(next.dynamics, tags.effects)) : next;
}

export interface AuthorReading extends Orientation {
  reading?: string | null;
  contested?: boolean;
}

export function recordNameIt(state: ScenarioState, proposal: string, author: AuthorReading, given: Orientation | null): ScenarioState {
  const record = {
    turn: state.decisions.length,
    proposal,
    author: { where: author.where, how: author.how },
    reading: author.reading ?? null,
    contested: author.contested ?? false,
    given,
  };
  return { ...state, nameIts: [...state.nameIts, record] };
}

/**
 * The values a story may branch on, under the names it declares with VAR.
 * Ink reads these; it never computes them.
 */
export function storyVariables(state: ScenarioState): Record<string, number | string> {
  const plan = planOrientation(state.decisions);
  const d = state.dynamics;
  const consequences = consequencesOf(state.place, d);
  const variables: Record<string, number | string> = {
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
    outcome_young_people: consequences.youngPeople,
    outcome_place: consequences.place,
    outcome_partnership: consequences.partnership,
  };
  for (const partner of state.present) variables[`present_${partner.replace(/-/g, '_')}`] = 1;
  for (const fact of state.known) variables[`known_${fact.replace(/-/g, '_')}`] = 1;
  const goal = goalOf(state.decisions);
  variables.goal_where = goal?.where ?? '';
  variables.goal_how = goal?.how ?? '';
  return variables;
}
