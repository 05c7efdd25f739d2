// The debrief's judgements, table by table: what the plan cost and bought,
// the plan against its goal, where the room pressed, and what to take away.
import { describe, expect, it } from 'vitest';
import { planLedger } from '../../src/model/ledger.ts';
import { goalReview, practicePoint, pressurePoints } from '../../src/model/debrief-review.ts';
import { domainReport } from '../../src/model/domains.ts';
import { recordChoice, startScenario, storyVariables } from '../../src/model/scenario-state.ts';
import type { ScenarioState } from '../../src/model/scenario-state.ts';
import type { ChoiceTags } from '../../src/model/scenario.ts';
import { tags } from './fixtures.ts';

const play = (...choices: [string, ChoiceTags, { pressed?: boolean; pressedOptions?: string[] }?][]): ScenarioState =>
  choices.reduce((s, [text, t, context]) => recordChoice(s, text, t, context), startScenario());

describe('the ledger: what each choice cost and what it bought', () => {
  it.each([
    [
      'a dispersal brings quick relief and pushes harm elsewhere',
      tags('context', 'behaviour', { effects: { risk: -1, anxiety: -2 }, place: { harm: -2, displacement: 2 } }),
      ['risk to young people down this week', 'the room calmer', 'less harm seen in the place'],
      ['harm pushed somewhere less visible'],
    ],
    [
      'guardianship costs meeting time and patience before it pays',
      tags('context', 'ecological', { effects: { time: -15, trust: -1 }, place: { guardianship: 2 } }),
      ['more caring adults in the place'],
      ['15 minutes of the meeting', "partners' patience and trust strained"],
    ],
    [
      "the author's words come first",
      tags('individual', 'ecological', { costs: ['£4,000 that must be found'], benefits: ['A worker she trusts'] }),
      ['A worker she trusts'],
      ['£4,000 that must be found'],
    ],
  ])('%s', (_name, choice, benefits, costs) => {
    const ledger = planLedger(play(['x', choice]).decisions);
    expect(ledger.filter((i) => i.side === 'benefit').map((i) => i.words)).toEqual(benefits);
    expect(ledger.filter((i) => i.side === 'cost').map((i) => i.words)).toEqual(costs);
  });

  it('leaves out what the panel did not adopt, and counts a goal', () => {
    const state = play(
      ['argued', tags('context', 'ecological', { adopt: false, effects: { time: -10 } })],
      ['found out', tags(null, null, { adopt: false, effects: { time: -20 } })],
      ['the goal', tags('context', 'ecological', { adopt: false, goal: true, costs: ['Harder to measure'] })],
    );
    expect(planLedger(state.decisions).map((i) => [i.turn, i.words])).toEqual([[3, 'Harder to measure']]);
  });
});

describe('the plan against its goal', () => {
  const goal = (where: 'context' | 'individual', how: 'behaviour' | 'ecological') =>
    ['goal', tags(where, how, { adopt: false, goal: true })] as [string, ChoiceTags];
  const act = (where: 'context' | 'individual', how: 'behaviour' | 'ecological') =>
    [`${where} ${how}`, tags(where, how)] as [string, ChoiceTags];
  it.each([
    ['no goal', [act('context', 'ecological')], 'no-goal'],
    [
      'most of the plan serves the goal',
      [goal('context', 'ecological'), act('context', 'ecological'), act('context', 'ecological'), act('individual', 'behaviour')],
      'served',
    ],
    [
      'a third of the plan serves it',
      [goal('context', 'ecological'), act('context', 'ecological'), act('individual', 'behaviour'), act('context', 'behaviour')],
      'partly',
    ],
    ['nothing in the plan serves it', [goal('context', 'ecological'), act('individual', 'behaviour')], 'against'],
    [
      'a later goal replaces an earlier one',
      [goal('individual', 'behaviour'), goal('context', 'ecological'), act('context', 'ecological')],
      'served',
    ],
  ] as const)('%s → %s', (_name, choices, verdict) => {
    expect(goalReview(play(...choices).decisions).verdict).toBe(verdict);
  });

  it('tells the story what the goal was', () => {
    const variables = storyVariables(play(goal('context', 'ecological')));
    expect(variables).toMatchObject({ goal_where: 'context', goal_how: 'ecological' });
    expect(storyVariables(startScenario())).toMatchObject({ goal_where: '', goal_how: '' });
  });
});

describe('where the room pressed, and one thing to take into practice', () => {
  const pressedMove = ['Move her school', tags('individual', 'behaviour'), { pressed: true, pressedOptions: ['Move her school'] }] as const;
  const resisted = ['Strategy meeting', tags('individual', 'ecological'), { pressed: false, pressedOptions: ['Move her school'] }] as const;

  it.each([
    [
      'followed',
      [pressedMove],
      [{ turn: 1, followed: true, pressed: ['Move her school'] }],
      /the room's anxiety pushed one way and the panel went with it/,
    ],
    ['resisted', [resisted], [{ turn: 1, followed: false, chose: 'Strategy meeting' }], /Your plan missed/],
    [
      'never pressed',
      [['Staff at the stop', tags('context', 'ecological', { domains: ['welfare', 'partnership', 'measure'] })]],
      [],
      /met all four domains/,
    ],
  ] as const)('%s', (_name, choices, points, practice) => {
    const state = play(...(choices as unknown as [string, ChoiceTags, { pressed?: boolean; pressedOptions?: string[] }][]));
    expect(pressurePoints(state.decisions)).toMatchObject(points);
    expect(practicePoint(state.decisions, domainReport(state.decisions))).toMatch(practice);
  });
});
