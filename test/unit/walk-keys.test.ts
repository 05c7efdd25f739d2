// The walker merges two paths when their keys match, and then walks only
// one of them: a key that leaves out something that changes what can happen
// next would hide every path behind the merge. Each row changes one part of
// a real saved state (or of the model) and says whether the key must change.
import { describe, expect, it } from 'vitest';
import { modelKey, stateKey } from '../../tools/ink/story-walker.ts';
import { begin } from '../../src/play/advance.ts';
import type { ScenarioState } from '../../src/model/scenario-state.ts';
import { inkStory } from './story-fixture.ts';
import { COMPILE_BUDGET } from '../budgets.ts';

type InkSave = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SOURCE = [
  'VAR trust_left = 2',
  '-> hub',
  '=== hub ===',
  '~ temp offer = 1',
  'The panel waits.',
  '* [Ask the school #where:context #how:ecological] -> END',
  '* [Call the police #where:individual #how:behaviour] -> END',
  '',
].join('\n');

function savedAtFirstDecision(): { save: InkSave; model: ScenarioState } {
  const first = begin(inkStory(SOURCE));
  return { save: JSON.parse(first.storyState) as InkSave, model: first.model };
}

const flowOf = (save: InkSave) => save.flows[save.currentFlowName];
const threadOf = (save: InkSave) => flowOf(save).callstack.threads.at(-1);

const STATE_ROWS: [string, 'the same' | 'a different', (save: InkSave) => void][] = [
  ['the turn counter', 'the same', (s) => (s.turnIdx += 3)],
  ['when each knot was last visited', 'the same', (s) => (s.turnIndices = { hub: 7 })],
  ['the text just printed', 'the same', (s) => (flowOf(s).outputStream = ['^Something else.', '\n'])],
  ['the once-only mark of a choice in a knot the story has left', 'the same', (s) => (s.visitCounts['elsewhere.c-0'] = 1)],
  ['the thread counter', 'the same', (s) => (flowOf(s).callstack.threadCounter += 1)],
  ['a story variable', 'a different', (s) => (s.variablesState.trust_left = 1)],
  ['a knot visit count', 'a different', (s) => (s.visitCounts.hub = 2)],
  ['the once-only mark of a choice in the current knot', 'a different', (s) => (s.visitCounts['hub.c-0'] = 1)],
  ['the knot the story is in', 'a different', (s) => (threadOf(s).previousContentObject = 'elsewhere.0')],
  ['where a call returns to', 'a different', (s) => (threadOf(s).callstack[0].idx += 1)],
  ['a temporary variable', 'a different', (s) => (threadOf(s).callstack[0].temp = { offer: 2 })],
  ['a choice on offer', 'a different', (s) => (flowOf(s).currentChoices[1].text = 'Call the council')],
  ['where a choice leads', 'a different', (s) => (flowOf(s).currentChoices[0].targetPath = 'hub.c-1')],
  ['a choice taken away', 'a different', (s) => flowOf(s).currentChoices.pop()],
  ['a value left on the evaluation stack', 'a different', (s) => s.evalStack.push(1)],
];

const MODEL_ROWS: [string, 'the same' | 'a different', (model: ScenarioState) => ScenarioState][] = [
  [
    'a decision taken (the story sees its effects through its variables)',
    'the same',
    (m) => ({ ...m, decisions: [...m.decisions, {} as never] }),
  ],
  ['a fact no option needs', 'the same', (m) => ({ ...m, known: [...m.known, 'gossip'] })],
  ['who is present, in another order', 'the same', (m) => ({ ...m, present: [...m.present].reverse() })],
  ['a fact an option needs', 'a different', (m) => ({ ...m, known: [...m.known, 'registration'] })],
  ['risk', 'a different', (m) => ({ ...m, dynamics: { ...m.dynamics, risk: m.dynamics.risk + 1 } })],
  ['who is present', 'a different', (m) => ({ ...m, present: [...m.present, 'councillor'] })],
  ['how many time skips', 'a different', (m) => ({ ...m, timeskips: [...m.timeskips, 'Six weeks later'] })],
  ['the place', 'a different', (m) => ({ ...m, place: { ...m.place, guardianship: m.place.guardianship + 1 } })],
  ['how many adopted actions changed the place', 'a different', (m) => ({ ...m, placeApplied: m.placeApplied + 1 })],
];

describe('the keys the walker merges paths by', () => {
  it(
    'starts from a state with two choices, a temporary variable and a call stack',
    () => {
      const { save } = savedAtFirstDecision();
      expect(flowOf(save).currentChoices).toHaveLength(2);
      expect(threadOf(save).callstack[0]).toHaveProperty('temp');
    },
    COMPILE_BUDGET,
  );

  it.each(STATE_ROWS)('a change in %s gives %s story key', (_what, expected, change) => {
    const { save } = savedAtFirstDecision();
    const changed = structuredClone(save);
    change(changed);
    expect(JSON.stringify(changed)).not.toBe(JSON.stringify(save));
    const same = stateKey(JSON.stringify(changed)) === stateKey(JSON.stringify(save));
    expect(same ? 'the same' : 'a different').toBe(expected);
  });

  it.each(MODEL_ROWS)('a change in %s gives %s model key', (_what, expected, change) => {
    const { model } = savedAtFirstDecision();
    const needed = new Set(['registration']);
    const withPresent = { ...model, present: ['police', 'school'] };
    const same = modelKey(change(withPresent), needed) === modelKey(withPresent, needed);
    expect(same ? 'the same' : 'a different').toBe(expected);
  });
});
