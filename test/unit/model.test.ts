import { describe, expect, it } from 'vitest';
import { applyEffects, clampDynamic, initialDynamics } from '../../src/model/dynamics.ts';
import { QUADRANTS, quadrantOf } from '../../src/model/orientation.ts';
import { planOrientation } from '../../src/model/plan.ts';
import { recordChoice, recordLine, startScenario, storyVariables } from '../../src/model/scenario-state.ts';
import { buildDebrief } from '../../src/model/debrief.ts';
import type { ScenarioMeta } from '../../src/model/scenario.ts';
import type { How, Where } from '../../src/model/orientation.ts';
import { line, tags } from './fixtures.ts';

const meta = { title: 'T', research: ['R'], cite: ['C'] } as ScenarioMeta;

function planOf(...actions: [Where, How, boolean?][]) {
  return actions.reduce(
    (state, [where, how, adopt = true], i) => recordChoice(state, `action ${i + 1}`, tags(where, how, { adopt })),
    startScenario(),
  );
}

describe('quadrants', () => {
  it.each([
    ['individual', 'behaviour', 'Changing the young person'],
    ['individual', 'ecological', 'Around the young person'],
    ['context', 'behaviour', 'Right place, wrong method'],
    ['context', 'ecological', 'Changing the rules at play'],
  ] as const)('%s + %s is "%s"', (where, how, name) => {
    expect(QUADRANTS[quadrantOf(where, how)].name).toBe(name);
  });

  it('gives every quadrant a different marker shape', () => {
    expect(new Set(Object.values(QUADRANTS).map((q) => q.marker)).size).toBe(4);
  });
});

describe('dynamics', () => {
  it.each([
    ['risk', 11, 10],
    ['risk', -3, 0],
    ['anxiety', 4.6, 5],
    ['time', 500, 120],
    ['trust', Number.NaN, 5],
  ] as const)('clamps %s %s to %s', (name, value, expected) => {
    expect(clampDynamic(name, value)).toBe(expected);
  });

  it.each([
    [{ anxiety: 9 }, { anxiety: +3 }, { anxiety: 10 }],
    [{ anxiety: 1 }, { anxiety: -3 }, { anxiety: 0 }],
    [{ time: 90 }, { time: -15 }, { time: 75 }],
    [{ trust: 5 }, {}, { trust: 5 }],
  ])('from %o, applying %o gives %o', (start, effects, expected) => {
    expect(applyEffects(initialDynamics(start), effects)).toMatchObject(expected);
  });
});

describe('plan orientation', () => {
  it.each([
    { name: 'an empty plan', plan: planOf(), quadrant: null, actions: 0 },
    {
      name: 'moving young people out of a park',
      plan: planOf(['context', 'behaviour'], ['context', 'behaviour'], ['context', 'ecological']),
      quadrant: 'context-behaviour',
      actions: 3,
    },
    {
      name: 'changing the park',
      plan: planOf(['context', 'ecological'], ['context', 'ecological'], ['individual', 'behaviour']),
      quadrant: 'context-ecological',
      actions: 3,
    },
    { name: 'a split plan', plan: planOf(['context', 'ecological'], ['individual', 'behaviour']), quadrant: null, actions: 2 },
    {
      name: 'stances that are not actions',
      plan: planOf(['context', 'behaviour', false], ['individual', 'ecological']),
      quadrant: 'individual-ecological',
      actions: 1,
    },
  ])('$name', ({ plan, quadrant, actions }) => {
    const orientation = planOrientation(plan.decisions);
    expect(orientation.quadrant).toBe(quadrant);
    expect(orientation.actions).toBe(actions);
  });
});

describe('scenario state', () => {
  it('numbers decisions and records their quadrant', () => {
    const state = planOf(['context', 'behaviour'], ['individual', 'ecological', false]);
    expect(state.decisions.map((d) => [d.turn, d.quadrant, d.adopted])).toEqual([
      [1, 'context-behaviour', true],
      [2, 'individual-ecological', false],
    ]);
  });

  it('applies choice and line effects and keeps a history per decision', () => {
    let state = recordChoice(
      startScenario({ dynamics: { anxiety: 5 } }),
      'pause',
      tags('context', 'ecological', { adopt: false, effects: { anxiety: -2 } }),
    );
    state = recordLine(state, line({ effects: { anxiety: 3, risk: 2 } }));
    expect(state.dynamics).toMatchObject({ anxiety: 6, risk: 7 });
    expect(state.history.map((p) => [p.turn, p.dynamics.anxiety])).toEqual([
      [0, 5],
      [1, 6],
    ]);
  });

  it('records time skips and the ending', () => {
    const state = recordLine(recordLine(startScenario(), line({ timeskip: 'Six weeks later' })), line({ ending: 'mixed' }));
    expect(state.timeskips).toEqual(['Six weeks later']);
    expect(state.ending).toBe('mixed');
  });

  it('gives the story the numbers it branches on', () => {
    const state = planOf(['context', 'behaviour'], ['context', 'ecological'], ['context', 'ecological']);
    expect(storyVariables(state)).toMatchObject({
      plan_actions: 3,
      plan_context: 3,
      plan_ecological: 2,
      plan_context_behaviour: 1,
      plan_context_ecological: 2,
      anxiety: 5,
    });
  });
});

describe('debrief', () => {
  it.each([
    { plan: planOf(['context', 'behaviour'], ['context', 'behaviour']), name: 'Right place, wrong method', rpwm: true },
    { plan: planOf(['context', 'ecological'], ['context', 'ecological']), name: 'Changing the rules at play', rpwm: false },
    { plan: planOf(['context', 'ecological'], ['individual', 'behaviour']), name: 'A mixed plan', rpwm: false },
    { plan: planOf(), name: 'No plan adopted', rpwm: false },
  ])('names the plan "$name"', ({ plan, name, rpwm }) => {
    const debrief = buildDebrief(plan, meta);
    expect(debrief.planName).toBe(name);
    expect(debrief.rightPlaceWrongMethod).toBe(rpwm);
  });

  it('lists only adopted actions in the plan but every decision in order', () => {
    const debrief = buildDebrief(planOf(['context', 'behaviour', false], ['context', 'ecological']), meta);
    expect(debrief.plan.map((d) => d.text)).toEqual(['action 2']);
    expect(debrief.decisions.map((d) => d.text)).toEqual(['action 1', 'action 2']);
  });
});
