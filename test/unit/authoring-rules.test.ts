// The checker's authoring rules, one table each: they turn the issue's
// "every option has a cost and a benefit" into something a build enforces.
import { describe, expect, it } from 'vitest';
import { choiceProblems, metaProblems, speakerProblems } from '../../tools/ink/authoring-rules.ts';
import { line, meta, tags } from './fixtures.ts';

const choice = (t = tags('context', 'ecological')) => ({ index: 0, id: 'knot#x', text: 'x', tags: t, tagErrors: [] });
const full = { reading: 'Because.', costs: ['c'], benefits: ['b'], place: { guardianship: 1 } };

describe('what every choice owes the player', () => {
  it.each([
    ['a complete action', tags('context', 'ecological', full), []],
    ['no reading', tags('context', 'ecological', { ...full, reading: null }), [/no #why: tag/]],
    ['no cost', tags('context', 'ecological', { ...full, costs: [] }), [/needs a real #cost: and a real #benefit:/]],
    [
      'a goal with no benefit',
      tags('context', 'ecological', { ...full, adopt: false, goal: true, benefits: [] }),
      [/needs a real #cost: and a real #benefit:/],
    ],
    ['a context action with no place effect', tags('context', 'behaviour', { ...full, place: {} }), [/what this action does to the place/]],
    ['an action for one young person needs no place effect', tags('individual', 'behaviour', { ...full, place: {} }), []],
    ['a position argued, not adopted, needs no cost', tags('context', 'ecological', { reading: 'r', adopt: false }), []],
    ['an unscored choice needs no reading', tags(null, null, { adopt: false }), []],
    ['an undeclared fact', tags('context', 'ecological', { ...full, needsKnown: ['timetables'] }), [/"timetables" is not declared/]],
  ])('%s', (_name, t, expected) => {
    const messages = choiceProblems(choice(t), meta()).map((p) => p.message);
    expect(messages).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(messages[i]).toMatch(pattern));
  });

  it('accepts a declared fact', () => {
    expect(
      choiceProblems(
        choice(tags('context', 'ecological', { ...full, learns: ['timetables'] })),
        meta({ facts: { timetables: 'the figures' } }),
      ),
    ).toEqual([]);
  });
});

describe('speakers at the table', () => {
  const said = (speaker: string, scene: string | null = null) => ({ text: `${speaker} says`, tags: line({ speaker, scene }) });
  it.each([
    ['a partner at the table', [said('police')], null, ['police'], 0],
    ['the player', [said('you')], null, [], 0],
    ['someone not at the table, in the room', [said('councillor')], 'room', ['police'], 1],
    ['someone not at the table, before any scene', [said('councillor')], null, [], 1],
    ['a young person in the park', [said('young-person', 'park')], 'room', [], 0],
    ['back in the room after the park', [said('young-person', 'park'), said('young-person', 'room')], null, [], 1],
  ] as const)('%s', (_name, lines, sceneBefore, present, count) => {
    expect(speakerProblems(lines, sceneBefore, present)).toHaveLength(count);
  });
});

describe('what a scenario declares', () => {
  it("asks for objectives and the player's role", () => {
    expect(
      metaProblems(meta())
        .map((p) => p.message)
        .join(' | '),
    ).toMatch(/learning objectives.*\| .*player's role/);
    expect(metaProblems(meta({ objectives: ['a', 'b'], cast: { you: { name: 'You', role: 'chair' } } }))).toEqual([]);
  });
});
