// The game's flow: title → prebrief → scenario → debrief → reflection, with
// the journal reachable from the title. The machine calls the pure model (in
// scenario-steps.ts) and declares effects; the shell loads stories and
// listens for emitted events. Decisions arrive as events, so a room's vote
// can stand in for one player's click.
import { assign, emit, setup } from 'xstate';
import type { Actor } from 'xstate';
import type { StoryChoice } from '../play/story-port.ts';
import type { GameContext, GameEmitted, GameEvent, GameInput, OpenStory } from './game-types.ts';
import { answeredCheck, chosen, finished, journalEntry, named, opened, rewound } from './scenario-steps.ts';

export type { GameContext, GameEmitted, GameEvent, GameInput, LoadedStory, OpenStory, ScenarioSummary } from './game-types.ts';

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
    guards: {
      knownScenario: ({ context, event }) =>
        (event.type === 'SELECT' || event.type === 'RESUME') && context.scenarios.some((s) => s.id === event.id),
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
        selected: ({ context, event }) => context.scenarios.find((s) => s.id === (event as { id: string }).id) ?? null,
        error: null,
      }),
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
    on: { TITLE: { target: '.title', actions: 'clearScenario' } },
    states: {
      title: {
        entry: emit({ type: 'screen', screen: 'title' }),
        on: {
          SELECT: { guard: 'knownScenario', target: 'prebrief', actions: 'selectScenario' },
          JOURNAL: 'journal',
          RESUME: {
            guard: 'knownScenario',
            target: 'loading',
            actions: [
              'selectScenario',
              assign({
                resume: ({ event }) => ({ seed: event.seed, events: event.events, build: event.build ?? null }),
                seed: ({ event }) => event.seed,
              }),
            ],
          },
        },
      },
      prebrief: {
        entry: emit({ type: 'screen', screen: 'prebrief' }),
        on: { BEGIN: 'loading' },
      },
      loading: {
        entry: emit(({ context }) => ({ type: 'load' as const, id: context.selected?.id ?? '' })),
        on: {
          LOADED: { target: 'opened', actions: assign(({ context, event }) => opened(context, event.json, open)) },
          LOAD_FAILED: {
            target: 'title',
            actions: [
              assign({ error: ({ event }) => `The scenario could not be opened. ${event.message}` }),
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
          SELECT: { guard: 'knownScenario', target: 'prebrief', actions: ['clearScenario', 'selectScenario'] },
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
