// What the debrief shows, computed from a finished playthrough. No single
// score: the plan's shape, each decision's place on the map, and the numbers.
import { DYNAMIC_INFO, DYNAMIC_NAMES } from './dynamics.ts';
import type { DynamicName } from './dynamics.ts';
import { QUADRANTS } from './orientation.ts';
import type { Decision, PlanOrientation, ScoredDecision } from './plan.ts';
import { adoptedActions, planOrientation } from './plan.ts';
import type { ScenarioMeta } from './scenario.ts';
import type { DynamicsPoint, PlacePoint, ScenarioState } from './scenario-state.ts';
import { awarenessOf } from './awareness.ts';
import type { AwarenessReport, NameItRecord } from './awareness.ts';
import { domainReport } from './domains.ts';
import type { DomainResult } from './domains.ts';
import { planLedger } from './ledger.ts';
import type { LedgerItem } from './ledger.ts';
import { goalReview, practicePoint, pressurePoints } from './debrief-review.ts';
import type { GoalReview, PressurePoint } from './debrief-review.ts';

export interface DynamicChange {
  name: DynamicName;
  label: string;
  start: number;
  end: number;
  max: number;
}

export interface Debrief {
  title: string;
  /** The kind of place the scenario is about (park, estate, school…), if it names one. */
  place: string;
  decisions: Decision[];
  plan: ScoredDecision[];
  orientation: PlanOrientation;
  planName: string;
  planDescription: string;
  rightPlaceWrongMethod: boolean;
  changes: DynamicChange[];
  history: DynamicsPoint[];
  domains: DomainResult[];
  awareness: AwarenessReport;
  nameIts: NameItRecord[];
  placeHistory: PlacePoint[];
  ending: string | null;
  timeskips: string[];
  research: string[];
  cite: string[];
  objectives: string[];
  /** What each action and goal cost and bought. */
  ledger: LedgerItem[];
  goal: GoalReview;
  pressure: PressurePoint[];
  /** One thing to take into practice. */
  practice: string;
}

function describePlan(orientation: PlanOrientation): { name: string; description: string } {
  if (orientation.actions === 0) {
    return { name: 'No plan adopted', description: 'The panel adopted no actions.' };
  }
  if (orientation.quadrant) return QUADRANTS[orientation.quadrant];
  const whereText = orientation.where
    ? `leans towards ${orientation.where === 'context' ? 'the context' : 'the young person'}`
    : 'is split evenly between the young person and the context';
  const howText = orientation.how
    ? `and is mostly ${orientation.how === 'ecological' ? 'ecological' : 'behaviour-based'}`
    : 'and is split evenly between behaviour-based and ecological methods';
  return { name: 'A mixed plan', description: `The plan ${whereText} ${howText}.` };
}

export function buildDebrief(state: ScenarioState, meta: ScenarioMeta): Debrief {
  const orientation = planOrientation(state.decisions);
  const domains = domainReport(state.decisions);
  const { name, description } = describePlan(orientation);
  const first = state.history[0]?.dynamics ?? state.dynamics;
  return {
    title: meta.title,
    place: meta.place,
    decisions: state.decisions,
    plan: adoptedActions(state.decisions),
    orientation,
    planName: name,
    planDescription: description,
    rightPlaceWrongMethod: orientation.quadrant === 'context-behaviour',
    changes: DYNAMIC_NAMES.map((n) => ({
      name: n,
      label: DYNAMIC_INFO[n].label,
      start: first[n],
      end: state.dynamics[n],
      max: DYNAMIC_INFO[n].max,
    })),
    history: state.history,
    domains,
    awareness: awarenessOf(state.nameIts),
    nameIts: state.nameIts,
    placeHistory: state.placeHistory,
    ending: state.ending,
    timeskips: state.timeskips,
    research: meta.research,
    cite: meta.cite,
    objectives: meta.objectives,
    ledger: planLedger(state.decisions),
    goal: goalReview(state.decisions),
    pressure: pressurePoints(state.decisions),
    practice: practicePoint(state.decisions, domains),
  };
}
