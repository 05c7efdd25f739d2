// One play engine for every host: a whole scenario runs in plain Node, and
// both the engine's step and the game machine's snapshot are plain data that
// survive JSON and resume exactly where they were.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { begin, step } from '../../src/play/advance.ts';
import type { Step } from '../../src/play/advance.ts';
import { createGameMachine } from '../../src/machines/game-machine.ts';
import { compiledStory, inkOpener, openShelter } from './story-fixture.ts';
import { loaded, withStories } from './story-loader-fixture.ts';
import { COMPILE_BUDGET } from '../budgets.ts';

/** True when every object in the value is a plain object or array: no class instances, functions or maps. */
function isPlainData(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (typeof value !== 'object' || seen.has(value)) return typeof value === 'object';
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype) return false;
  return Object.values(value as Record<string, unknown>).every((v) => v === undefined || isPlainData(v, seen));
}

const firstAvailable = (s: Step) => s.choices.find((c) => c.available)!.index;

describe('the play engine', () => {
  it(
    'plays a whole scenario in plain Node, with no page',
    () => {
      expect(typeof document).toBe('undefined');
      const story = openShelter();
      let current = begin(story, 7);
      while (!current.ended) current = current.nameIt ? { ...current, nameIt: null } : step(story, current, firstAvailable(current));
      expect(current.model.ending).toMatch(/\w/);
      expect(current.model.decisions.length).toBeGreaterThanOrEqual(8);
    },
    COMPILE_BUDGET,
  );

  it(
    'resumes identically from a step that went through JSON',
    () => {
      const story = openShelter();
      let current = begin(story, 3);
      for (let i = 0; i < 4; i += 1) current = step(story, current, firstAvailable(current));
      expect(isPlainData(current)).toBe(true);
      const copy = JSON.parse(JSON.stringify(current)) as Step;
      expect(copy).toEqual(current);
      const fromOriginal = step(story, current, firstAvailable(current));
      const fromCopy = step(openShelter(), copy, firstAvailable(copy));
      expect(fromCopy).toEqual(fromOriginal);
    },
    COMPILE_BUDGET,
  );
});

describe('the game machine', () => {
  const json = compiledStory('stories/the-shelter.ink');
  const scenarios = [{ id: 'the-shelter', meta: openShelter().meta }];

  it(
    'holds only plain data in its context, and carries on the same from a snapshot that went through JSON',
    async () => {
      const machine = withStories(createGameMachine(inkOpener()), { 'the-shelter': json });
      const actor = createActor(machine, { input: { scenarios, details: scenarios, seed: 5 } }).start();
      actor.send({ type: 'SELECT', id: 'the-shelter' });
      actor.send({ type: 'BEGIN' });
      await loaded(actor);
      for (let i = 0; i < 3; i += 1) {
        const { step: now } = actor.getSnapshot().context;
        if (now?.nameIt) actor.send({ type: 'NAME', given: null });
        actor.send({ type: 'CHOOSE', index: firstAvailable(actor.getSnapshot().context.step!), why: `reason ${i}` });
      }
      expect(isPlainData(actor.getSnapshot().context)).toBe(true);

      const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
      // A fresh host: a new opener, as a server or a worker would have.
      const resumed = createActor(withStories(createGameMachine(inkOpener()), { 'the-shelter': json }), {
        input: { scenarios, details: scenarios, seed: 5 },
        snapshot: persisted,
      }).start();
      expect(resumed.getSnapshot().value).toEqual(actor.getSnapshot().value);
      const next = firstAvailable(actor.getSnapshot().context.step!);
      for (const a of [actor, resumed]) {
        if (a.getSnapshot().context.step?.nameIt) a.send({ type: 'NAME', given: null });
        a.send({ type: 'CHOOSE', index: next });
      }
      expect(resumed.getSnapshot().context).toEqual(actor.getSnapshot().context);
    },
    COMPILE_BUDGET,
  );
});
