// One table per rule the paper supports.
import { describe, expect, it } from 'vitest';
import { PAUSE_EFFECTS, availability, effectsOfChoice, isPoliceLedOrRelocation, orderUnderPressure, underPressure } from '../../src/model/rules.ts';
import { recordChoice, startScenario } from '../../src/model/scenario-state.ts';
import { planOrientation } from '../../src/model/plan.ts';
import { dynamics, meta, tags } from './fixtures.ts';

describe('high risk with high anxiety', () => {
  it.each([
    [{ risk: 7, anxiety: 7 }, true],
    [{ risk: 10, anxiety: 9 }, true],
    [{ risk: 6, anxiety: 9 }, false],
    [{ risk: 9, anxiety: 6 }, false],
    [{ risk: 3, anxiety: 3 }, false],
  ])('%o is under pressure: %s', (values, expected) => {
    expect(underPressure(dynamics(values))).toBe(expected);
  });

  it.each([
    [tags('context', 'behaviour'), true, 'moving young people out of a place'],
    [tags('individual', 'behaviour', { agency: 'police' }), true, 'police-led casework'],
    [tags('context', 'ecological', { agency: 'community-safety' }), true, 'community safety proposal'],
    [tags('context', 'ecological', { agency: 'youth-work' }), false, 'youth work in the place'],
    [tags('individual', 'ecological'), false, 'support around a young person'],
  ])('%#: %s is police-led or relocation (%s)', (choiceTags, expected) => {
    expect(isPoliceLedOrRelocation(choiceTags)).toBe(expected);
  });

  const options = [
    { id: 'youth', tags: tags('context', 'ecological', { agency: 'youth-work' }) },
    { id: 'disperse', tags: tags('context', 'behaviour', { agency: 'police' }) },
    { id: 'pause', tags: tags('context', 'ecological', { pause: true }) },
    { id: 'plan', tags: tags('individual', 'behaviour', { agency: 'police' }) },
  ];

  it.each([
    [{ risk: 8, anxiety: 8 }, ['disperse', 'plan', 'youth', 'pause'], ['disperse', 'plan']],
    [{ risk: 8, anxiety: 5 }, ['youth', 'disperse', 'pause', 'plan'], []],
    [{ risk: 4, anxiety: 9 }, ['youth', 'disperse', 'pause', 'plan'], []],
  ])('with %o, offers %o and presses %o, removing none', (values, order, pressed) => {
    const ordered = orderUnderPressure(options, dynamics(values));
    expect(ordered.map((o) => o.item.id)).toEqual(order);
    expect(ordered.filter((o) => o.pressed).map((o) => o.item.id)).toEqual(pressed);
  });
});

describe('options that need a partner, trust or a commissioned service', () => {
  const context = (extra: { present?: string[]; trust?: number; commissioned?: string[] | null } = {}) => ({
    dynamics: dynamics({ trust: extra.trust ?? 5 }),
    present: extra.present ?? [],
    meta: meta({ commissioned: extra.commissioned === undefined ? null : extra.commissioned }),
  });

  it.each([
    ['ward funds without the councillor', tags('context', 'ecological', { needs: ['councillor'] }), context(), false, /Needs Councillor Maureen Doyle at the table first/],
    ['ward funds with the councillor', tags('context', 'ecological', { needs: ['councillor'] }), context({ present: ['councillor'] }), true, null],
    ['a conference without a coordinator and residents', tags('context', 'ecological', { needs: ['coordinator', 'resident'] }), context({ present: ['coordinator'] }), false, /Needs resident/],
    ['school culture work with too little trust', tags('context', 'ecological', { needsTrust: 6 }), context({ trust: 5 }), false, /more trust/],
    ['school culture work with enough trust', tags('context', 'ecological', { needsTrust: 6 }), context({ trust: 6 }), true, null],
    ['mentoring where it is not commissioned', tags('individual', 'behaviour', { service: 'mentoring' }), context({ commissioned: ['clear-choices'] }), false, /not commissioned/],
    ['mentoring where it is commissioned', tags('individual', 'behaviour', { service: 'mentoring' }), context({ commissioned: ['mentoring'] }), true, null],
    ['a service where the story sets no limits', tags('individual', 'behaviour', { service: 'mentoring' }), context({ commissioned: null }), true, null],
  ])('%s', (_name, choiceTags, ctx, available, reason) => {
    const result = availability(choiceTags, ctx);
    expect(result.available).toBe(available);
    if (reason) expect(result.reason).toMatch(reason);
    else expect(result.reason).toBeNull();
  });

  it('brings a partner to the table when a choice says so', () => {
    const state = recordChoice(startScenario(), 'Invite the councillor', tags('context', 'ecological', { brings: ['councillor'], adopt: false }));
    expect(state.present).toEqual(['councillor']);
  });
});

describe('a reflective pause', () => {
  it.each([
    [{}, PAUSE_EFFECTS],
    [{ trust: 1 }, { ...PAUSE_EFFECTS, trust: 2 }],
    [{ anxiety: -1 }, { ...PAUSE_EFFECTS, anxiety: -3 }],
  ])('with story effects %o costs %o', (effects, expected) => {
    expect(effectsOfChoice(tags('context', 'ecological', { pause: true, effects }))).toEqual(expected);
  });

  it('costs meeting time, lowers anxiety and raises trust', () => {
    const state = recordChoice(startScenario({ dynamics: { time: 60, anxiety: 8, trust: 4 } }), 'Pause', tags('context', 'ecological', { pause: true, adopt: false }));
    expect(state.dynamics).toMatchObject({ time: 50, anxiety: 6, trust: 5 });
  });
});

describe('context-targeted behaviour-based actions', () => {
  it.each(['Relocate the girls', 'Disperse the group', 'Remove the shelter', 'Disrupt the group'])('"%s" counts towards WHERE and against HOW', (text) => {
    const orientation = planOrientation(recordChoice(startScenario(), text, tags('context', 'behaviour')).decisions);
    expect(orientation).toMatchObject({ where: 'context', how: 'behaviour', quadrant: 'context-behaviour' });
  });
});
