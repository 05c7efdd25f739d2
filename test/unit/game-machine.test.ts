// Model-based tests: paths generated from the game machine's statechart
// (shortest and simple paths), each replayed against a real actor playing a
// real compiled story, checking what every state promises. Loading is the
// invoked loadStory actor: the graph walks both of its answers (the story, or
// a failure), and each replay provides a loader that gives the answer its
// path calls for, then waits for the machine to take it.
// (xstate/graph's createTestModel refuses machines that invoke actors, so the
// paths come from getShortestPaths and getSimplePaths directly.)
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { createGameMachine } from '../../src/machines/game-machine.ts';
import type { GameEvent, LoadStoryInput } from '../../src/machines/game-machine.ts';
import { inkOpener, inkStory, openShelter } from './story-fixture.ts';
import { loaded, withStories } from './story-loader-fixture.ts';
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
const input = { scenarios, details: scenarios };
/** The machine as the shell runs it: its loader finds the tiny story. */
const playable = withStories(gameMachine, { tiny: tiny.json });

/** What the loader may answer; the graph walks both, the real loader produces them in each replay. */
const LOAD_DONE = { type: 'xstate.done.actor.loadStory', output: tiny.json } as const;
const LOAD_ERROR = { type: 'xstate.error.actor.loadStory', error: new Error('The file is missing.') } as const;
type PathEvent = GameEvent | typeof LOAD_DONE | typeof LOAD_ERROR;

const EVENTS: PathEvent[] = [
  { type: 'SELECT', id: 'tiny' },
  { type: 'BEGIN' },
  LOAD_DONE,
  LOAD_ERROR,
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

const traversal = {
  input,
  events: EVENTS as GameEvent[],
  serializeState: (s: Snapshot) =>
    JSON.stringify([
      s.value,
      s.context.selected?.id ?? null,
      s.context.events,
      Boolean(s.context.debrief),
      s.context.entryId,
      s.context.error,
    ]),
  serializeEvent: (e: GameEvent) => JSON.stringify(e.type.startsWith('xstate.') ? { type: e.type } : e),
};

/** What each state promises, checked on the real actor. */
function checkState(snapshot: Snapshot): void {
  const { context } = snapshot;
  if (snapshot.matches('title')) {
    expect(context.step).toBeNull();
    expect(context.story).toBeNull();
    if (context.error) expect(context.error).toBe('The scenario could not be opened. The file is missing.');
  }
  if (snapshot.matches('playing')) expect(context.story?.json).toBe(tiny.json);
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
  ...getShortestPaths(gameMachine, traversal).map((p) => ['shortest', p] as const),
  ...getSimplePaths(gameMachine, { ...traversal, toState: (s) => s.matches('debrief') }).map((p) => ['simple', p] as const),
];
/** A step's event type, which may be one of XState's own (the loader's answers, the start). */
const kind = (step: { event: { type: string } }): string => step.event.type;
const failsToLoad = (p: (typeof paths)[number][1]) => p.steps.some((s) => kind(s) === LOAD_ERROR.type);

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
    expect(paths.some(([, p]) => failsToLoad(p))).toBe(true);
    expect(paths.some(([, p]) => p.steps.some((s) => kind(s) === LOAD_DONE.type))).toBe(true);
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
  it.each(paths.map(([kind, p]) => [kind, describePath(p), p] as const))('%s: %s', async (_kind, _description, path) => {
    // The loader gives the answer this path calls for: the story, or no file.
    const machine = withStories(gameMachine, failsToLoad(path) ? {} : { tiny: tiny.json });
    const actor = createActor(machine, { input }).start();
    checkState(actor.getSnapshot());
    for (const step of path.steps) {
      if (kind(step) === 'xstate.init') continue;
      // The loader answers, not the test: wait for the machine to take its answer.
      if (step.event.type.startsWith('xstate.')) await loaded(actor);
      else actor.send(step.event);
      const snapshot = actor.getSnapshot();
      expect(snapshot.value).toEqual(step.state.value);
      checkState(snapshot);
    }
    actor.stop();
  });
});

describe('game machine, regression paths', () => {
  it('keeps a journal entry when a scenario ends, with the reasons given and the time spent', async () => {
    const actor = createActor(playable, { input }).start();
    const kept: unknown[] = [];
    actor.on('finished', ({ entry }) => kept.push(entry));
    actor.send({ type: 'SELECT', id: 'tiny' });
    actor.send({ type: 'BEGIN' });
    await loaded(actor);
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
    const actor = createActor(playable, { input }).start();
    actor.send({ type: 'JOURNAL' });
    actor.send({ type: 'OPEN_ENTRY', id: '../../etc' });
    expect(actor.getSnapshot().value).toBe('journal');
  });

  it(
    'ignores a choice that is not available',
    async () => {
      const story = openShelter();
      const machine = withStories(gameMachine, { 'the-shelter': story.json });
      const actor = createActor(machine, {
        input: { scenarios: [{ id: 'the-shelter', meta: story.meta }], details: [{ id: 'the-shelter', meta: story.meta }] },
      }).start();
      actor.send({ type: 'SELECT', id: 'the-shelter' });
      actor.send({ type: 'BEGIN' });
      await loaded(actor);
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

  it('accepts a decision made by the room as well as by one player', async () => {
    const actor = createActor(playable, { input }).start();
    actor.send({ type: 'SELECT', id: 'tiny' });
    actor.send({ type: 'BEGIN' });
    await loaded(actor);
    actor.send({ type: 'NAME', given: null });
    actor.send({ type: 'CHOOSE', index: 1, by: 'room' });
    const { context } = actor.getSnapshot();
    expect(context.step?.model.decisions[0]).toMatchObject({ text: 'Put youth workers in the park', by: 'room' });
    // The save records it, so a replay keeps who decided.
    expect(context.events.at(-1)).toMatchObject({ type: 'choose', index: 1, by: 'room' });
    actor.send({ type: 'CHOOSE', index: 0 });
    expect(actor.getSnapshot().context.step?.model.decisions[1]?.by).toBe('player');
  });

  it('reports a story that could not be loaded in plain words and returns to the title, from where it can be tried again', async () => {
    let fails = true;
    const asked: string[] = [];
    const machine = gameMachine.provide({
      actors: {
        loadStory: fromPromise<string, LoadStoryInput>(async ({ input: { id } }) => {
          asked.push(id);
          if (fails) throw new Error('The file is missing.');
          return tiny.json;
        }),
      },
    });
    const actor = createActor(machine, { input }).start();
    actor.send({ type: 'SELECT', id: 'tiny' });
    actor.send({ type: 'BEGIN' });
    expect(actor.getSnapshot().value).toBe('loading');
    await loaded(actor);
    expect(actor.getSnapshot().value).toBe('title');
    expect(actor.getSnapshot().context.error).toBe('The scenario could not be opened. The file is missing.');
    expect(actor.getSnapshot().context.story).toBeNull();
    fails = false;
    actor.send({ type: 'SELECT', id: 'tiny' });
    expect(actor.getSnapshot().context.error).toBeNull();
    actor.send({ type: 'BEGIN' });
    await loaded(actor);
    expect(actor.getSnapshot().matches({ playing: 'naming' })).toBe(true);
    expect(asked).toEqual(['tiny', 'tiny']);
  });

  it('says plainly when the host gave it no way to load stories', async () => {
    const actor = createActor(gameMachine, { input }).start();
    actor.send({ type: 'SELECT', id: 'tiny' });
    actor.send({ type: 'BEGIN' });
    await loaded(actor);
    expect(actor.getSnapshot().value).toBe('title');
    expect(actor.getSnapshot().context.error).toBe(
      'The scenario could not be opened. This copy of the game was started without a way to load its stories.',
    );
  });
});
