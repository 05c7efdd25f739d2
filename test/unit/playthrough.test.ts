// A playthrough is a seed plus its events: replaying it gives identical
// debrief data, and random play never breaks the model's bounds.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { begin } from '../../src/play/advance.ts';
import type { Step } from '../../src/play/advance.ts';
import { applyEvent, replay, roadsNotTaken } from '../../src/play/playthrough.ts';
import type { PlayEvent, Playthrough } from '../../src/play/playthrough.ts';
import { buildDebrief } from '../../src/model/debrief.ts';
import { DYNAMIC_INFO, DYNAMIC_NAMES } from '../../src/model/dynamics.ts';
import { PLACE_NAMES } from '../../src/model/place.ts';
import { inkStory, openShelter } from './story-fixture.ts';
import { COMPILE_BUDGET } from '../budgets.ts';

/** Plays with a list of numbers: each picks among the available choices (modulo their count). */
function play(picks: readonly number[], seed = 1, nameAs: PlayEvent | null = null): { playthrough: Playthrough; end: Step } {
  const story = openShelter();
  let current = begin(story, seed);
  const events: PlayEvent[] = [];
  for (let i = 0; !current.ended && i < 200; i += 1) {
    const event: PlayEvent = current.nameIt
      ? (nameAs ?? { type: 'name', given: null })
      : (() => {
          const available = current.choices.filter((c) => c.available);
          return {
            type: 'choose',
            index: (available[(picks[i % Math.max(1, picks.length)] ?? 0) % available.length] ?? available[0])!.index,
          };
        })();
    events.push(event);
    current = applyEvent(story, current, event);
  }
  return { playthrough: { scenarioId: 'the-shelter', seed, events }, end: current };
}

describe('replay', () => {
  it(
    'reproduces every number from the seed and the events',
    () => {
      const { playthrough, end } = play([2, 0, 1, 3, 1, 2, 0, 2, 1]);
      const story = openShelter();
      const again = replay(story, playthrough);
      expect(buildDebrief(again.model, story.meta)).toEqual(buildDebrief(end.model, story.meta));
      expect(again.storyState).toBe(end.storyState);
    },
    COMPILE_BUDGET,
  );

  it("seeds ink's own randomness", () => {
    const story = inkStory(
      '{~A|B|C|D|E|F|G|H} and {~one|two|three|four|five|six|seven|eight}.\n* [Go #where:context #how:ecological] #ending:done\n  -> END\n',
    );
    const text = (seed: number) =>
      begin(story, seed)
        .lines.map((l) => l.text)
        .join(' ');
    expect(text(7)).toBe(text(7));
    const seen = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(text));
    expect(seen.size).toBeGreaterThan(1);
  });
});

describe('the road not taken', () => {
  it(
    'replays at least two key decisions with an option from another quadrant',
    () => {
      const { playthrough } = play([0, 1, 2, 2, 2, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
      const roads = roadsNotTaken(openShelter(), playthrough);
      expect(roads.length).toBe(2);
      for (const road of roads) {
        expect(road.alternative).not.toBe(road.taken);
        expect(road.other).toHaveProperty('planName');
      }
    },
    COMPILE_BUDGET,
  );

  it(
    'shows a different outcome when the shelter is moved rather than removed',
    () => {
      // Invite the councillor so that moving the shelter is possible.
      const { playthrough } = play([1, 0, 0, 2, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
      const roads = roadsNotTaken(openShelter(), playthrough);
      const shelter = roads.find((r) => /remove the shelter/.test(r.taken));
      expect(shelter).toBeDefined();
      expect(shelter?.other).not.toEqual(shelter?.actual);
    },
    COMPILE_BUDGET,
  );
});

describe('random play (property)', () => {
  it(
    'never yields NaN, an out-of-range value or a stuck state',
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.nat(9), { minLength: 1, maxLength: 20 }),
          fc.integer({ min: 1, max: 1_000_000 }),
          fc.boolean(),
          (picks, seed, name) => {
            const { end } = play(picks, seed, name ? { type: 'name', given: { where: 'context', how: 'ecological' } } : null);
            expect(end.ended).toBe(true);
            expect(end.model.ending).not.toBeNull();
            for (const point of end.model.history) {
              for (const n of DYNAMIC_NAMES) {
                const value = point.dynamics[n];
                expect(Number.isInteger(value)).toBe(true);
                expect(value).toBeGreaterThanOrEqual(DYNAMIC_INFO[n].min);
                expect(value).toBeLessThanOrEqual(DYNAMIC_INFO[n].max);
              }
            }
            for (const point of end.model.placeHistory) {
              for (const n of PLACE_NAMES) expect(point.place[n]).toBeGreaterThanOrEqual(0);
              for (const n of PLACE_NAMES) expect(point.place[n]).toBeLessThanOrEqual(10);
            }
            const debrief = buildDebrief(end.model, openShelter().meta);
            expect(debrief.awareness.score).toBeGreaterThanOrEqual(0);
            expect(debrief.awareness.score).toBeLessThanOrEqual(10);
            expect(debrief.decisions.length).toBeGreaterThanOrEqual(8);
          },
        ),
        { numRuns: 60, seed: 20261126 },
      );
    },
    COMPILE_BUDGET,
  );
});
