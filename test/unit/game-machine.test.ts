// Model-based tests: paths generated from the game machine's statechart
// (shortest and simple paths), each replayed against a real actor playing a
// real compiled story, checking what every state promises.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { createGameMachine } from '../../src/machines/game-machine.ts';
import type { GameEvent } from '../../src/machines/game-machine.ts';
import { inkOpener, inkStory, openShelter } from './story-fixture.ts';
import { COMPILE_BUDGET } from '../budgets.ts';

const gameMachine = createGameMachine(inkOpener());

const tiny = inkStory(
  [
    'The panel meets. "Move them on," says the inspector. #speaker:police #name-it:context-behaviour',
    '* [Disperse the group #where:context #how:behaviour #adopt #key] Dispersed.',
    '* [Put youth workers in the park #where:context #how:ecological #adopt] Youth workers go.',
    '- Weeks pass. #timeskip:Six weeks later',
    '* [Review with young people #where:context #how:ecological] Reviewed. #ending:reviewed',
    '  -> END',
    '* [Close the case #where:context #how:behaviour] Closed. #ending:closed',
    '  -> END',
  ].join('\n'),
);

const scenarios = [{ id: 'tiny', meta: tiny.meta }];
const input = { scenarios };

const EVENTS: GameEvent[] = [
  { type: 'SELECT', id: 'tiny' },
  { type: 'BEGIN' },
  { type: 'LOADED', json: tiny.json },
  { type: 'NAME', given: { where: 'context', how: 'behaviour' } },
  { type: 'NAME', given: null },
  { type: 'CHOOSE', index: 0 },
  { type: 'CHOOSE', index: 1 },
  { type: 'FINISH', finishedAt: '2026-11-26T10:00:00.000Z', minutes: 12 },
  { type: 'REFLECT' },
  { type: 'DEBRIEF' },
  { type: 'JOURNAL' },
  { type: 'OPEN_ENTRY', id: 'tiny-earlier' },
  { type: 'TITLE' },
];

type Snapshot = SnapshotFrom<typeof gameMachine>;

const model = createTestModel(gameMachine, {
  events: EVENTS,
  serializeState: (s: Snapshot) =>
    JSON.stringify([s.value, s.context.selected?.id ?? null, s.context.events, Boolean(s.context.debrief), s.context.entryId]),
  serializeEvent: (e: GameEvent) => JSON.stringify(e.type === 'LOADED' ? { type: 'LOADED' } : e),
});

/** What each state promises, checked on the real actor. */
function checkState(snapshot: Snapshot): void {
  const { context } = snapshot;
  if (snapshot.matches('title')) expect(context.step).toBeNull();
  if (snapshot.matches('prebrief')) expect(context.selected?.id).toBe('tiny');
  if (snapshot.matches({ playing: 'naming' })) expect(context.step?.nameIt?.author).toEqual({ where: 'context', how: 'behaviour' });
  if (snapshot.matches({ playing: 'choosing' })) {
    expect(context.step?.nameIt).toBeNull();
    expect(context.step?.ended || (context.step?.choices.length ?? 0) > 0).toBe(true);
  }
  if (snapshot.matches('debrief')) {
    expect(context.debrief?.decisions.length).toBe(2);
    expect(context.debrief?.awareness.labels).toBe(1);
    expect(context.roads.length).toBeGreaterThanOrEqual(1);
    expect(context.entryId).toBe(`tiny-${Date.parse('2026-11-26T10:00:00.000Z').toString(36)}`);
  }
  if (snapshot.matches('reflection')) expect(context.entryId).toMatch(/^tiny-/);
  if (snapshot.matches('journal')) expect(context.step).toBeNull();
}

const paths = [
  ...model.getShortestPaths({ input }).map((p) => ['shortest', p] as const),
  ...model.getSimplePaths({ input, toState: (s) => s.matches('debrief') }).map((p) => ['simple', p] as const),
];

describe('game machine, paths from the statechart', () => {
  it('generates paths that reach every state', () => {
    const reached = new Set(paths.flatMap(([, p]) => p.steps.map((step) => JSON.stringify(step.state.value))));
    for (const state of [
      '"title"',
      '"prebrief"',
      '"loading"',
      '{"playing":"naming"}',
      '{"playing":"choosing"}',
      '"debrief"',
      '"reflection"',
      '"journal"',
    ]) {
      expect(reached).toContain(state);
    }
  });

  const describePath = (p: (typeof paths)[number][1]) =>
    p.steps
      .map((s) =>
        s.event.type === 'NAME'
          ? `NAME ${s.event.given ? 'given' : 'skipped'}`
          : s.event.type === 'CHOOSE'
            ? `CHOOSE ${s.event.index}`
            : s.event.type,
      )
      .join(' → ');
  it.each(paths.map(([kind, p]) => [kind, describePath(p), p] as const))('%s: %s', (_kind, _description, path) => {
    const actor = createActor(gameMachine, { input }).start();
    checkState(actor.getSnapshot());
    for (const step of path.steps) {
      if (step.event.type.startsWith('xstate.')) continue;
      actor.send(step.event);
      const snapshot = actor.getSnapshot();
      expect(snapshot.value).toEqual(step.state.value);
      checkState(snapshot);
    }
    actor.stop();
  });
});

describe('game machine, regression paths', () => {
  it('keeps a journal entry when a scenario ends, with the reasons given and the time spent', () => {
    const actor = createActor(gameMachine, { input }).start();
    const kept: unknown[] = [];
    actor.on('finished', ({ entry }) => kept.push(entry));
    actor.send({ type: 'SELECT', id: 'tiny' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'LOADED', json: tiny.json });
    actor.send({ type: 'NAME', given: null });
    actor.send({ type: 'CHOOSE', index: 1, why: '  Adults who\nstay  ' });
    actor.send({ type: 'CHOOSE', index: 0, why: '   ' });
    actor.send({ type: 'FINISH', finishedAt: '2026-11-26T10:00:00.000Z', minutes: 12 });
    expect(actor.getSnapshot().context.events.filter((e) => e.type === 'choose')).toEqual([
      { type: 'choose', index: 1, id: '#Put youth workers in the park', why: 'Adults who stay' },
      { type: 'choose', index: 0, id: '#Review with young people' },
    ]);
    expect(kept).toEqual([
      expect.objectContaining({
        scenarioId: 'tiny',
        minutes: 12,
        finishedAt: '2026-11-26T10:00:00.000Z',
        id: actor.getSnapshot().context.entryId,
        decisions: [expect.objectContaining({ why: 'Adults who stay' }), expect.objectContaining({ why: null })],
      }),
    ]);
    actor.send({ type: 'REFLECT' });
    expect(actor.getSnapshot().value).toBe('reflection');
  });

  it('opens only journal entries with a well-formed name', () => {
    const actor = createActor(gameMachine, { input }).start();
    actor.send({ type: 'JOURNAL' });
    actor.send({ type: 'OPEN_ENTRY', id: '../../etc' });
    expect(actor.getSnapshot().value).toBe('journal');
  });

  it(
    'ignores a choice that is not available',
    () => {
      const story = openShelter();
      const actor = createActor(gameMachine, { input: { scenarios: [{ id: 'the-shelter', meta: story.meta }] } }).start();
      actor.send({ type: 'SELECT', id: 'the-shelter' });
      actor.send({ type: 'BEGIN' });
      actor.send({ type: 'LOADED', json: story.json });
      // Keep the panel to professionals: the councillor is never invited.
      const choose = (pattern: RegExp) => {
        const choice = actor.getSnapshot().context.step?.choices.find((c) => pattern.test(c.text));
        actor.send({ type: 'CHOOSE', index: choice?.index ?? -1 });
      };
      for (const pattern of [/Treat it as/, /Keep the panel/, /young people at the shelter/, /night/, /nowhere else/, /trusted adults/])
        choose(pattern);
      actor.send({ type: 'NAME', given: null });
      const before = actor.getSnapshot().context.step;
      const wardFunds = before?.choices.find((c) => /ward funds/.test(c.text));
      expect(wardFunds?.available).toBe(false);
      actor.send({ type: 'CHOOSE', index: wardFunds?.index ?? -1 });
      expect(actor.getSnapshot().context.step).toBe(before);
    },
    COMPILE_BUDGET,
  );

  it('accepts a decision made by the room as well as by one player', () => {
    const actor = createActor(gameMachine, { input }).start();
    actor.send({ type: 'SELECT', id: 'tiny' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'LOADED', json: tiny.json });
    actor.send({ type: 'NAME', given: null });
    actor.send({ type: 'CHOOSE', index: 1, by: 'room' });
    const { context } = actor.getSnapshot();
    expect(context.step?.model.decisions[0]).toMatchObject({ text: 'Put youth workers in the park', by: 'room' });
    // The save records it, so a replay keeps who decided.
    expect(context.events.at(-1)).toMatchObject({ type: 'choose', index: 1, by: 'room' });
    actor.send({ type: 'CHOOSE', index: 0 });
    expect(actor.getSnapshot().context.step?.model.decisions[1]?.by).toBe('player');
  });

  it('reports a story that could not be loaded in plain words and returns to the title', () => {
    const actor = createActor(gameMachine, { input }).start();
    actor.send({ type: 'SELECT', id: 'tiny' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'LOAD_FAILED', message: 'The file is missing.' });
    expect(actor.getSnapshot().value).toBe('title');
    expect(actor.getSnapshot().context.error).toBe('The scenario could not be opened. The file is missing.');
  });
});
