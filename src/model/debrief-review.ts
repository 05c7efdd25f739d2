// The debrief's judgements, each explainable in a sentence: the plan against
// the goal the panel set, where the room pressed hard and why, and one thing
// to take into practice.
import { HOW_LABELS, WHERE_LABELS } from './orientation.ts';
import type { Decision, ScoredDecision } from './plan.ts';
import { adoptedActions, goalOf } from './plan.ts';
import type { DomainResult } from './domains.ts';

export interface GoalReview {
  goal: string | null;
  /** How far the plan's actions seek the kind of change the goal named. */
  verdict: 'no-goal' | 'served' | 'partly' | 'against';
  summary: string;
}

const whereWords = (d: Pick<ScoredDecision, 'where'>) => WHERE_LABELS[d.where].toLowerCase();
const howWords = (d: Pick<ScoredDecision, 'how'>) => HOW_LABELS[d.how].toLowerCase();

export function goalReview(decisions: readonly Decision[]): GoalReview {
  const goal = goalOf(decisions);
  if (!goal) {
    return {
      goal: null,
      verdict: 'no-goal',
      summary: 'The panel set no goal, so nothing says what the plan was meant to change or how anyone would know.',
    };
  }
  const plan = adoptedActions(decisions);
  const matching = plan.filter((a) => a.quadrant === goal.quadrant).length;
  const verdict = plan.length && matching * 2 >= plan.length ? 'served' : matching > 0 ? 'partly' : 'against';
  const aim = `The goal sought change in ${whereWords(goal)} by ${howWords(goal)} means.`;
  const count = `${matching} of the plan's ${plan.length} action${plan.length === 1 ? '' : 's'} work${matching === 1 ? 's' : ''} that way.`;
  const judgement = {
    served: 'Most of the plan pulls in the direction the goal set.',
    partly: 'Part of the plan serves the goal; the rest works towards something the goal did not name.',
    against:
      "None of the plan's actions works the way the goal set out, so the goal may be measured and found unmet however hard people work.",
  }[verdict];
  return { goal: goal.text, verdict, summary: `${aim} ${count} ${judgement}` };
}

export interface PressurePoint {
  turn: number;
  pressed: string[];
  chose: string;
  /** The player took one of the pressed options. */
  followed: boolean;
}

/** Every decision at which the room pressed hard, what it pressed for, and what the panel did. */
export function pressurePoints(decisions: readonly Decision[]): PressurePoint[] {
  return decisions
    .filter((d) => d.pressedOptions.length)
    .map((d) => ({ turn: d.turn, pressed: d.pressedOptions, chose: d.text, followed: d.pressed }));
}

/** One thing to take into practice, chosen from what this playthrough showed most plainly. */
export function practicePoint(decisions: readonly Decision[], domains: readonly DomainResult[]): string {
  const followed = pressurePoints(decisions).find((p) => p.followed);
  if (followed)
    return `At decision ${followed.turn} the room's anxiety pushed one way and the panel went with it. At your next panel, when risk is high, name out loud what the room is reaching for and ask what it would change in the place, not only for the young person.`;
  const missed = domains.find((d) => !d.met);
  if (missed)
    return `Your plan missed "${missed.label.toLowerCase()}". Bring one question about it to your next panel or supervision: who could make that happen where you work?`;
  if (decisions.some((d) => d.contested))
    return "Some of your decisions have readings people argue about. Ask colleagues how they would read one of them: where you disagree is where an agency's habits show.";
  return 'Your plan met all four domains. Ask what it would take, with real partners and real budgets, to hold a plan like it together for a year.';
}
