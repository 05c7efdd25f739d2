// One table per rule the paper supports.
import { describe, expect, it } from 'vitest';
import {
  PAUSE_EFFECTS,
  PRESSURE_REASONS,
  availability,
  effectsOfChoice,
  orderUnderPressure,
  pressureSource,
  underPressure,
} from '../../src/model/rules.ts';
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

  // Never by agency alone: what matters is what the option does.
  it.each([
    [tags('context', 'behaviour'), false, 'default', 'moving young people out of a place'],
    [tags('individual', 'behaviour', { agency: 'school' }), false, 'default', 'a managed move for one girl'],
    [tags('individual', 'ecological', { agency: 'police' }), false, null, 'a welfare strategy meeting the police propose'],
    [tags('context', 'ecological', { agency: 'community-safety' }), false, null, 'community safety proposing guardianship'],
    [tags('individual', 'behaviour', { adopt: false }), false, null, 'a behaviour-based framing that adopts nothing'],
    [tags('individual', 'ecological', { pressure: true }), true, 'author', 'an option the author marks, wherever it sits'],
    [tags('context', 'behaviour'), true, null, 'an unmarked dispersal where the author marked another option'],
    [tags(null, null, { pressure: false }), false, null, 'an unscored choice'],
  ])('%#: %o with another option marked: %s → %s (%s)', (choiceTags, anyMarked, expected, _what) => {
    expect(pressureSource(choiceTags, anyMarked)).toBe(expected);
  });

  const options = [
    { id: 'youth', tags: tags('context', 'ecological', { agency: 'youth-work' }) },
    { id: 'disperse', tags: tags('context', 'behaviour', { agency: 'police' }) },
    { id: 'pause', tags: tags('context', 'ecological', { pause: true, adopt: false }) },
    { id: 'strategy', tags: tags('individual', 'ecological', { agency: 'police' }) },
    { id: 'move', tags: tags('individual', 'behaviour', { agency: 'social-care' }) },
  ];

  it.each([
    [{ risk: 8, anxiety: 8 }, ['disperse', 'move', 'youth', 'pause', 'strategy'], ['disperse', 'move']],
    [{ risk: 8, anxiety: 5 }, ['youth', 'disperse', 'pause', 'strategy', 'move'], []],
    [{ risk: 4, anxiety: 9 }, ['youth', 'disperse', 'pause', 'strategy', 'move'], []],
  ])('with %o, offers %o and presses %o, removing none', (values, order, pressed) => {
    const ordered = orderUnderPressure(options, dynamics(values));
    expect(ordered.map((o) => o.item.id)).toEqual(order);
    expect(ordered.filter((o) => o.pressed).map((o) => o.item.id)).toEqual(pressed);
    for (const o of ordered) expect(o.pressedWhy).toBe(o.pressed ? PRESSURE_REASONS.default : null);
  });

  it('presses only what the author marked when any option is marked, and says why', () => {
    const marked = [...options.slice(0, 4), { id: 'move', tags: tags('individual', 'behaviour', { pressure: true }) }];
    const ordered = orderUnderPressure(marked, dynamics({ risk: 9, anxiety: 9 }));
    expect(ordered.filter((o) => o.pressed).map((o) => o.item.id)).toEqual(['move']);
    expect(ordered[0]?.pressedWhy).toBe(PRESSURE_REASONS.author);
  });
});

describe('options that need a partner, trust or a commissioned service', () => {
  const context = (extra: { present?: string[]; trust?: number; commissioned?: string[] | null; known?: string[] } = {}) => ({
    dynamics: dynamics({ trust: extra.trust ?? 5 }),
    present: extra.present ?? [],
    known: extra.known ?? [],
    meta: meta({
      commissioned: extra.commissioned === undefined ? null : extra.commissioned,
      facts: { timetables: 'how many pupils are on part-time timetables' },
    }),
  });

  it.each([
    [
      'ward funds without the councillor',
      tags('context', 'ecological', { needs: ['councillor'] }),
      context(),
      false,
      /Needs Councillor Maureen Doyle at the table first/,
    ],
    [
      'ward funds with the councillor',
      tags('context', 'ecological', { needs: ['councillor'] }),
      context({ present: ['councillor'] }),
      true,
      null,
    ],
    [
      'a conference without a coordinator and residents',
      tags('context', 'ecological', { needs: ['coordinator', 'resident'] }),
      context({ present: ['coordinator'] }),
      false,
      /Needs resident/,
    ],
    [
      'school culture work with too little trust',
      tags('context', 'ecological', { needsTrust: 6 }),
      context({ trust: 5 }),
      false,
      /more trust/,
    ],
    ['school culture work with enough trust', tags('context', 'ecological', { needsTrust: 6 }), context({ trust: 6 }), true, null],
    [
      'timetable figures nobody asked the schools for',
      tags('context', 'ecological', { needsKnown: ['timetables'] }),
      context(),
      false,
      /Nobody has found out how many pupils are on part-time timetables yet/,
    ],
    [
      'timetable figures once the schools were asked',
      tags('context', 'ecological', { needsKnown: ['timetables'] }),
      context({ known: ['timetables'] }),
      true,
      null,
    ],
    [
      'a fact the story never described',
      tags('context', 'ecological', { needsKnown: ['bus-times'] }),
      context(),
      false,
      /Nobody has found out bus times yet/,
    ],
    [
      'mentoring where it is not commissioned',
      tags('individual', 'behaviour', { service: 'mentoring' }),
      context({ commissioned: ['clear-choices'] }),
      false,
      /not commissioned/,
    ],
    [
      'mentoring where it is commissioned',
      tags('individual', 'behaviour', { service: 'mentoring' }),
      context({ commissioned: ['mentoring'] }),
      true,
      null,
    ],
    [
      'a service where the story sets no limits',
      tags('individual', 'behaviour', { service: 'mentoring' }),
      context({ commissioned: null }),
      true,
      null,
    ],
  ])('%s', (_name, choiceTags, ctx, available, reason) => {
    const result = availability(choiceTags, ctx);
    expect(result.available).toBe(available);
    if (reason) expect(result.reason).toMatch(reason);
    else expect(result.reason).toBeNull();
  });

  it('brings a partner to the table when a choice says so', () => {
    const state = recordChoice(
      startScenario(),
      'Invite the councillor',
      tags('context', 'ecological', { brings: ['councillor'], adopt: false }),
    );
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
    const state = recordChoice(
      startScenario({ dynamics: { time: 60, anxiety: 8, trust: 4 } }),
      'Pause',
      tags('context', 'ecological', { pause: true, adopt: false }),
    );
    expect(state.dynamics).toMatchObject({ time: 50, anxiety: 6, trust: 5 });
  });
});

describe('context-targeted behaviour-based actions', () => {
  it.each(['Relocate the girls', 'Disperse the group', 'Remove the shelter', 'Disrupt the group'])(
    '"%s" counts towards WHERE and against HOW',
    (text) => {
      const orientation = planOrientation(recordChoice(startScenario(), text, tags('context', 'behaviour')).decisions);
      expect(orientation).toMatchObject({ where: 'context', how: 'behaviour', quadrant: 'context-behaviour' });
    },
  );
});
