// Gibbs' reflective cycle, with a hint for each stage drawn from what happened
// in this playthrough. Hints point at the player's own decisions; they never
// say what the right answer was.
import type { Debrief } from './debrief.ts';
import { HOW_LABELS, WHERE_LABELS } from './orientation.ts';

export const GIBBS_STAGES = ['description', 'feelings', 'evaluation', 'analysis', 'conclusion', 'actionPlan'] as const;
export type GibbsStage = (typeof GIBBS_STAGES)[number];

export const GIBBS_PROMPTS: Record<GibbsStage, { label: string; question: string }> = {
  description: { label: 'Description', question: 'What happened at the panel? Describe it briefly, in your own words.' },
  feelings: {
    label: 'Feelings',
    question: 'What were you thinking and feeling as the panel decided? When did the pressure in the room change what you did?',
  },
  evaluation: { label: 'Evaluation', question: 'What went well, and what did not, for the young people and for the place?' },
  analysis: {
    label: 'Analysis',
    question: 'Why did things go as they did? What does the WHERE and HOW of your plan, and the research, help you make sense of?',
  },
  conclusion: { label: 'Conclusion', question: 'What did you learn? What else could the panel have done?' },
  actionPlan: {
    label: 'Action plan',
    question: 'What will you do differently at a real panel or meeting, and how will you know it made a difference?',
  },
};

/** For the discussion with a peer that Social Work England asks one record a year to include. */
export const PEER_PROMPTS = [
  'Which decision would your peer have made differently, and why?',
  'When did the pressure in the room push the plan, and how does your team handle that pressure?',
  'Who shapes the places young people in your area spend time in, and does your service work with them?',
  'How would you tell that a place had become safer, rather than that young people had moved somewhere else?',
];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function analysisHint(debrief: Debrief): string {
  const { orientation: o } = debrief;
  if (o.actions === 0) return 'Your panel adopted no actions. What made it hard to commit to a plan?';
  const leansContext = o.context * 2 >= o.actions;
  const targeted = leansContext ? o.context : o.actions - o.context;
  const behaviourInTarget = debrief.plan.filter(
    (d) => d.where === (leansContext ? 'context' : 'individual') && d.how === 'behaviour',
  ).length;
  const named = debrief.place ? ` (the ${debrief.place.replace(/-/g, ' ')})` : '';
  const place = leansContext ? `the context${named}` : 'the young people';
  return `Your plan targeted ${place} in ${targeted} of its ${plural(o.actions, 'action')}, and ${behaviourInTarget} of those ${behaviourInTarget === 1 ? 'was' : 'were'} behaviour-based. What drew the panel to those methods?`;
}

function feelingsHint(debrief: Debrief): string {
  const anxiety = debrief.changes.find((c) => c.name === 'anxiety');
  const pressed = debrief.decisions.filter((d) => d.pressed);
  const anxietyText = anxiety ? `Anxiety in the room went from ${anxiety.start} to ${anxiety.end} out of ${anxiety.max}.` : '';
  const pressedText = pressed.length
    ? ` At decision ${pressed[0]?.turn} the room was pressing hard for quick, visible action.`
    : ' The room never pressed hard for quick, visible action.';
  return `${anxietyText}${pressedText} How did that feel, and what did it change?`.trim();
}

function evaluationHint(debrief: Debrief): string {
  const met = debrief.domains.filter((d) => d.met).map((d) => d.label.toLowerCase());
  const missed = debrief.domains.filter((d) => !d.met).map((d) => d.label.toLowerCase());
  const metText = met.length
    ? `Your plan met ${met.length} of the four domains (${met.join('; ')}).`
    : 'Your plan met none of the four domains.';
  const missedText = missed.length ? ` It missed: ${missed.join('; ')}.` : '';
  return `${metText}${missedText} What did the place look like at the last time skip?`;
}

function conclusionHint(debrief: Debrief): string {
  const { awareness } = debrief;
  const given = debrief.nameIts.filter((n) => n.given).length;
  const named = given
    ? `You named ${plural(given, 'proposal')}: your WHERE matched the scenario author's reading ${awareness.whereAgreed} ${awareness.whereAgreed === 1 ? 'time' : 'times'}, your HOW ${awareness.howAgreed}.`
    : 'You chose not to name where and how any proposal would act.';
  return `${named} Which proposals were hardest to read, and why?`;
}

function actionPlanHint(debrief: Debrief): string {
  const missed = debrief.domains.find((d) => !d.met);
  if (missed)
    return `Your plan missed "${missed.label.toLowerCase()}". What is one thing you could ask for at your next panel that would meet it?`;
  return 'Your plan met all four domains. What would it take to do the same where you work, with real partners and real budgets?';
}

export function gibbsHints(debrief: Debrief): Record<GibbsStage, string> {
  const adopted = debrief.plan[0];
  const first = adopted
    ? ` The first action adopted: "${adopted.text}" (${WHERE_LABELS[adopted.where].toLowerCase()}, ${HOW_LABELS[adopted.how].toLowerCase()}).`
    : '';
  return {
    description: `You made ${plural(debrief.decisions.length, 'decision')} and the panel adopted ${plural(debrief.plan.length, 'action')}; the debrief read the plan as "${debrief.planName}".${first}`,
    feelings: feelingsHint(debrief),
    evaluation: evaluationHint(debrief),
    analysis: analysisHint(debrief),
    conclusion: conclusionHint(debrief),
    actionPlan: actionPlanHint(debrief),
  };
}
