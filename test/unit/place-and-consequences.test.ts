import { describe, expect, it } from 'vitest';
import { DEFAULT_PLACE_EFFECTS, initialPlace, timeSkipPlace } from '../../src/model/place.ts';
import { consequencesOf, partnershipOutcome, placeOutcome, youngPeopleOutcome } from '../../src/model/consequences.ts';
import { awarenessOf } from '../../src/model/awareness.ts';
import { domainReport } from '../../src/model/domains.ts';
import { recordChoice, recordLine, recordNameIt, startScenario, storyVariables, timeSkip } from '../../src/model/scenario-state.ts';
import { dynamics, line, tags } from './fixtures.ts';

const action = (where: 'individual' | 'context', how: 'behaviour' | 'ecological', extra = {}) =>
  recordChoice(startScenario(), 'a', tags(where, how, extra)).decisions[0]!;

describe('the place at a time skip', () => {
  const start = initialPlace({ guardianship: 2, welcome: 3, harm: 6, displacement: 1 });

  it.each([
    [
      'moving young people on quietens the place and pushes harm elsewhere',
      [action('context', 'behaviour')],
      0,
      { harm: 4, displacement: 3, welcome: 1 },
    ],
    [
      'changing the conditions adds caring adults and welcome',
      [action('context', 'ecological')],
      0,
      { guardianship: 3, welcome: 4, harm: 6 },
    ],
    [
      'work with one young person leaves the place as it was',
      [action('individual', 'behaviour')],
      0,
      { guardianship: 2, welcome: 3, harm: 6 },
    ],
    [
      "an author's place tags replace the defaults",
      [action('context', 'behaviour', { place: { guardianship: 2 } })],
      0,
      { guardianship: 4, displacement: 1, harm: 6 },
    ],
    ['displaced harm creeps back at a later skip while no one looks out', [], 1, { harm: 7 }],
  ])('%s', (_name, actions, skips, expected) => {
    const from = skips ? { ...start, displacement: 4 } : start;
    expect(timeSkipPlace(from, actions, skips)).toMatchObject(expected);
  });

  it('guardianship keeps harm down at every skip', () => {
    expect(timeSkipPlace({ ...start, guardianship: 6 }, [], 0).harm).toBe(5);
    expect(timeSkipPlace({ ...start, guardianship: 6, displacement: 5 }, [], 2).harm).toBe(5);
  });

  it('applies each adopted action once, at the first skip after it', () => {
    let state = recordChoice(startScenario({ place: { harm: 6 } }), 'Disperse', tags('context', 'behaviour'));
    state = timeSkip(state, 'Six weeks later');
    state = timeSkip(state, 'Six months later');
    expect(state.placeHistory.map((p) => p.place.displacement)).toEqual([1, 3, 3]);
    expect(state.timeskips).toEqual(['Six weeks later', 'Six months later']);
  });

  it('has a default for every quadrant', () => {
    expect(Object.keys(DEFAULT_PLACE_EFFECTS).sort()).toEqual([
      'context-behaviour',
      'context-ecological',
      'individual-behaviour',
      'individual-ecological',
    ]);
  });
});

describe('consequences', () => {
  it.each([
    [{ displacement: 5, guardianship: 8 }, { youthTrust: 9 }, 'out-of-sight'],
    [{ displacement: 1, guardianship: 5 }, { youthTrust: 6 }, 'connected'],
    [{ displacement: 1, guardianship: 4 }, { youthTrust: 9 }, 'mixed'],
    [{ displacement: 1, guardianship: 7 }, { youthTrust: 5 }, 'mixed'],
  ])('young people with place %o and %o are %s', (place, values, expected) => {
    expect(youngPeopleOutcome(initialPlace(place), dynamics(values))).toBe(expected);
  });

  it.each([
    [{ displacement: 4, harm: 4 }, 'quiet-but-displaced'],
    [{ displacement: 4, harm: 6, guardianship: 2 }, 'unsettled'],
    [{ guardianship: 5, welcome: 5, displacement: 0 }, 'watched-over'],
    [{ guardianship: 5, welcome: 4, displacement: 0 }, 'unsettled'],
  ])('the place %o is %s', (place, expected) => {
    expect(placeOutcome(initialPlace(place))).toBe(expected);
  });

  it.each([
    [7, 'trusting'],
    [10, 'trusting'],
    [6, 'reporting'],
    [4, 'reporting'],
    [3, 'fragmenting'],
    [0, 'fragmenting'],
  ] as const)('trust %i leaves the partnership %s', (trust, expected) => {
    expect(partnershipOutcome(dynamics({ trust }))).toBe(expected);
  });

  it('reaches the story as variables it can branch on', () => {
    const state = timeSkip(
      recordChoice(recordChoice(startScenario(), 'a', tags('context', 'behaviour')), 'b', tags('context', 'behaviour')),
      'later',
    );
    expect(storyVariables(state)).toMatchObject({ outcome_young_people: 'out-of-sight', outcome_place: 'quiet-but-displaced' });
    expect(consequencesOf(state.place, state.dynamics).youngPeople).toBe('out-of-sight');
  });

  it('tells the story which partners are at the table', () => {
    const state = recordChoice(startScenario({ present: ['police'] }), 'Invite', tags('context', 'ecological', { brings: ['youth-work'] }));
    expect(storyVariables(state)).toMatchObject({ present_police: 1, present_youth_work: 1 });
  });

  it('a time-skip line moves the place on', () => {
    const state = recordLine(recordChoice(startScenario(), 'a', tags('context', 'ecological')), line({ timeskip: 'Later' }));
    expect(state.place.guardianship).toBe(3);
  });
});

describe('naming it', () => {
  const author = { where: 'context', how: 'behaviour' } as const;
  it.each([
    [[{ where: 'context', how: 'behaviour' }], { labels: 1, whereAgreed: 1, howAgreed: 1, score: 10 }],
    [[{ where: 'context', how: 'ecological' }], { labels: 1, whereAgreed: 1, howAgreed: 0, score: 5 }],
    [[null], { labels: 1, whereAgreed: 0, howAgreed: 0, score: 0 }],
    [
      [{ where: 'context', how: 'behaviour' }, { where: 'individual', how: 'ecological' }, null],
      { labels: 3, whereAgreed: 1, howAgreed: 1, score: 3 },
    ],
    [[], { labels: 0, score: 0 }],
  ] as const)('%o gives %o', (given, expected) => {
    const state = given.reduce((s, g) => recordNameIt(s, 'proposal', author, g), startScenario());
    expect(awarenessOf(state.nameIts)).toMatchObject(expected);
  });
});

describe('the four domains', () => {
  it.each([
    ['a context-ecological action meets domain one by itself', [tags('context', 'ecological')], { target: true, welfare: false }],
    ['a behaviour-based action in the park does not', [tags('context', 'behaviour')], { target: false }],
    [
      'positions argued but not adopted meet nothing',
      [tags('context', 'ecological', { adopt: false, domains: ['welfare', 'measure'] })],
      { welfare: false, measure: false, target: false },
    ],
    ['information gathering meets nothing', [tags(null, null, { adopt: false, domains: ['measure'] })], { measure: false }],
    [
      'an agreed goal meets its domains',
      [tags('context', 'ecological', { adopt: false, goal: true, domains: ['measure'] })],
      { measure: true, target: true },
    ],
    ['a partnership tag meets domain three', [tags('individual', 'behaviour', { domains: ['partnership'] })], { partnership: true }],
  ])('%s', (_name, choices, expected) => {
    const state = choices.reduce((s, t, i) => recordChoice(s, `d${i}`, t), startScenario());
    const report = Object.fromEntries(domainReport(state.decisions).map((d) => [d.domain, d.met]));
    expect(report).toMatchObject(expected);
  });

  it('says why domain one was missed when the plan moved young people on', () => {
    const state = recordChoice(startScenario(), 'Disperse', tags('context', 'behaviour'));
    expect(domainReport(state.decisions)[0]?.reason).toMatch(/by moving or correcting the young people/);
  });

  it('names the decision in the plan that met a domain, and the goal as a goal', () => {
    const state = recordChoice(startScenario(), 'Invite the councillor', tags('context', 'ecological', { domains: ['partnership'] }));
    expect(domainReport(state.decisions).find((d) => d.domain === 'partnership')?.reason).toBe(
      'Met by the plan, at decision 1: Invite the councillor',
    );
    const goal = recordChoice(
      startScenario(),
      'Measure the park',
      tags('context', 'ecological', { adopt: false, goal: true, domains: ['measure'] }),
    );
    expect(domainReport(goal.decisions).find((d) => d.domain === 'measure')?.reason).toBe(
      'Met by the plan, at decision 1 (the goal): Measure the park',
    );
  });
});
