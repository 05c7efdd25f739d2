// The game's flow: title → prebrief → scenario → debrief → reflection, with
// the journal reachable from the title. The machine calls the pure model (in
// scenario-steps.ts) and declares effects; loading a story is an actor it
// invokes, which the host provides (the shell fetches the story's file, a
// server would read a file), and the shell listens for emitted events.
// Decisions arrive as events, so a room's vote can stand in for one player's click.
import { assign, emit, fromPromise, setup } from 'xstate';
import type { Actor } from 'xstate';
import type { StoryChoice } from '../play/story-port.ts';
import type { GameContext, GameEmitted, GameEvent, GameInput, LoadStoryInput, OpenStory } from './game-types.ts';
import { answeredCheck, chosen, finished, journalEntry, named, opened, rewound } from './scenario-steps.ts';

export type {
  GameContext,
  GameEmitted,
  GameEvent,
  GameInput,
  LoadedStory,
  LoadStoryInput,
  OpenStory,
  ScenarioListing,
  ScenarioSummary,
} from './game-types.ts';

/**
 * Loads a scenario's compiled story (ink's JSON) by id. The machine declares
 * it; each host provides the real one with `machine.provide({ actors: {
 * loadStory } })`. This placeholder only says that none was given.
 */
export const NO_STORY_LOADER = fromPromise<string, LoadStoryInput>(() =>
  Promise.reject(new Error('This copy of the game was started without a way to load its stories.')),
);

/** Words for a scenario chosen before its details arrived (the host sends SELECT once they have, or have failed). */
const NO_DETAILS =
  'The scenario could not be opened. Its briefing did not download. Check the connection to the page and try again; nothing has been lost.';

/** Words for a failed load, whatever was thrown. */
const loadFailure = (error: unknown) => `The scenario could not be opened. ${error instanceof Error ? error.message : String(error)}`;

const CLEARED = {
  selected: null,
  story: null,
  step: null,
  events: [],
  lastChoice: null,
  section: null,
  scene: null,
  debrief: null,
  roads: [],
} as const;

/**
 * The machine, given how to open a story from its JSON. Its context holds
 * only plain data (the story's JSON, ink's state as a string, the model), so
 * a snapshot survives JSON and runs the same in a browser, on a server or in
 * a worker; the opener is the one thing it needs from the host.
 */
export function createGameMachine(open: OpenStory) {
  return setup({
    types: {
      context: {} as GameContext,
      events: {} as GameEvent,
      emitted: {} as GameEmitted,
      input: {} as GameInput,
    },
    actors: { loadStory: NO_STORY_LOADER },
    guards: {
      knownScenario: ({ context, event }) =>
        (event.type === 'SELECT' || event.type === 'RESUME') && context.scenarios.some((s) => s.id === event.id),
      detailsKnown: ({ context, event }) =>
        (event.type === 'SELECT' || event.type === 'RESUME') &&
        context.scenarios.some((s) => s.id === event.id) &&
        context.details.some((s) => s.id === event.id),
      hasDecision: ({ context }) => context.events.some((e) => e.type === 'choose'),
      availableChoice: ({ context, event }) =>
        event.type === 'CHOOSE' && Boolean(context.step?.choices.some((c) => c.index === event.index && c.available)),
      mustName: ({ context }) => Boolean(context.step?.nameIt),
      storyEnded: ({ context }) => Boolean(context.step?.ended),
      hasDebrief: ({ context }) => Boolean(context.debrief),
    },
    actions: {
      clearScenario: assign({ ...CLEARED, events: () => [], roads: () => [], resume: null, resumeCheck: null, entryId: null }),
      selectScenario: assign({
        selected: ({ context, event }) => context.details.find((s) => s.id === (event as { id: string }).id) ?? null,
        error: null,
      }),
      noDetails: assign({ error: NO_DETAILS }),
      announceLines: emit(({ context }) => ({ type: 'lines' as const, lines: context.step?.lines ?? [] })),
      checkpoint: emit(({ context }) => ({
        type: 'checkpoint' as const,
        scenarioId: context.selected?.id ?? '',
        title: context.selected?.meta.title ?? '',
        seed: context.seed,
        events: context.events,
        build: context.story?.build ?? null,
      })),
    },
  }).createMachine({
    id: 'game',
    context: ({ input }) => ({
      scenarios: input.scenarios,
      details: input.details ?? [],
      seed: input.seed ?? 1,
      ...CLEARED,
      events: [],
      roads: [],
      error: null,
      resume: null,
      resumeCheck: null,
      entryId: null,
    }),
    initial: 'title',
    on: {
      TITLE: { target: '.title', actions: 'clearScenario' },
      DETAILS: {
        actions: assign({
          details: ({ context, event }) => [
            ...context.details.filter((s) => !event.scenarios.some((e) => e.id === s.id)),
            ...event.scenarios,
          ],
        }),
      },
    },
    states: {
      title: {
        entry: emit({ type: 'screen', screen: 'title' }),
        on: {
          SELECT: [
            { guard: 'detailsKnown', target: 'prebrief', actions: 'selectScenario' },
            { guard: 'knownScenario', actions: 'noDetails' },
          ],
          JOURNAL: 'journal',
          RESUME: [
            {
              guard: 'detailsKnown',
              target: 'loading',
              actions: [
                'selectScenario',
                assign({
                  resume: ({ event }) => ({ seed: event.seed, events: event.events, build: event.build ?? null }),
                  seed: ({ event }) => event.seed,
                }),
              ],
            },
            { guard: 'knownScenario', actions: 'noDetails' },
          ],
        },
      },
      prebrief: {
        entry: emit({ type: 'screen', screen: 'prebrief' }),
        on: { BEGIN: 'loading' },
      },
      // The story's JSON comes back as plain data; the live story is opened
      // from it through the opener, never kept in the context.
      loading: {
        invoke: {
          id: 'loadStory',
          src: 'loadStory',
          input: ({ context }) => ({ id: context.selected?.id ?? '' }),
          onDone: { target: 'opened', actions: assign(({ context, event }) => opened(context, event.output, open)) },
          onError: {
            target: 'title',
            actions: [
              assign({ error: ({ event }) => loadFailure(event.error) }),
              assign({ ...CLEARED, events: () => [], roads: () => [] }),
            ],
          },
        },
      },
      // A save that no longer replays as made waits for the player's answer;
      // nothing is saved over it until then.
      opened: {
        always: [
          { guard: ({ context }) => !context.step, target: 'title', actions: assign({ ...CLEARED, events: () => [], roads: () => [] }) },
          { guard: ({ context }) => Boolean(context.resumeCheck), target: 'resumeCheck' },
          { target: 'playing', actions: ['announceLines', 'checkpoint'] },
        ],
      },
      resumeCheck: {
        entry: emit({ type: 'screen', screen: 'resume-check' }),
        on: {
          KEEP_MATCHING: {
            guard: ({ context }) => (context.resumeCheck?.kept ?? 0) > 0,
            target: 'playing',
            actions: [assign(({ context }) => answeredCheck(context, false, open)), 'announceLines', 'checkpoint'],
          },
          START_AGAIN: {
            target: 'playing',
            actions: [assign(({ context }) => answeredCheck(context, true, open)), 'announceLines', 'checkpoint'],
          },
        },
      },
      playing: {
        entry: emit({ type: 'screen', screen: 'playing' }),
        initial: 'deciding',
        on: {
          REWIND: {
            guard: 'hasDecision',
            target: '.deciding',
            reenter: true,
            actions: [assign(({ context }) => rewound(context, open)), 'announceLines', 'checkpoint'],
          },
        },
        states: {
          deciding: {
            always: [{ guard: 'mustName', target: 'naming' }, { target: 'choosing' }],
          },
          naming: {
            on: {
              NAME: {
                target: 'choosing',
                actions: [assign(({ context, event }) => named(context, event.given, open)), 'checkpoint'],
              },
            },
          },
          choosing: {
            on: {
              CHOOSE: {
                guard: 'availableChoice',
                target: 'deciding',
                reenter: true,
                actions: [
                  emit(({ context, event }) => ({
                    type: 'chosen' as const,
                    choice: context.step?.choices.find((c) => c.index === event.index) as StoryChoice,
                  })),
                  assign(({ context, event }) => chosen(context, event.index, event.why, open, event.by)),
                  'announceLines',
                  'checkpoint',
                ],
              },
              FINISH: {
                guard: 'storyEnded',
                target: '#game.debrief',
                actions: [
                  assign(({ context, event }) => finished(context, event.finishedAt, open)),
                  emit(({ context, event }) => ({
                    type: 'finished' as const,
                    entry: journalEntry(context, event.finishedAt, event.minutes),
                  })),
                ],
              },
            },
          },
        },
      },
      debrief: {
        entry: emit({ type: 'screen', screen: 'debrief' }),
        on: {
          SELECT: { guard: 'detailsKnown', target: 'prebrief', actions: ['clearScenario', 'selectScenario'] },
          REFLECT: { guard: ({ context }) => Boolean(context.entryId), target: 'reflection' },
        },
      },
      reflection: {
        entry: emit({ type: 'screen', screen: 'reflection' }),
        on: {
          DEBRIEF: { guard: 'hasDebrief', target: 'debrief' },
          JOURNAL: { target: 'journal', actions: 'clearScenario' },
        },
      },
      journal: {
        entry: emit({ type: 'screen', screen: 'journal' }),
        on: {
          OPEN_ENTRY: {
            guard: ({ event }) => /^[a-z0-9-]{1,80}$/.test(event.id),
            target: 'reflection',
            actions: assign({ entryId: ({ event }) => event.id }),
          },
        },
      },
    },
  });
}

export type GameMachine = ReturnType<typeof createGameMachine>;

/** A running game: what the shell drives and draws from. */
export type GameActor = Actor<GameMachine>;
