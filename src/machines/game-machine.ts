// The game's flow: title → prebrief → scenario → debrief → reflection, with
// the journal reachable from the title. The machine calls
// the pure model and declares effects; the shell loads stories and listens
// for emitted events. Decisions arrive as events, so a room's vote can stand
// in for one player's click.
import { assign, emit, setup } from 'xstate';
import { buildDebrief } from '../model/debrief.ts';
import type { Debrief } from '../model/debrief.ts';
import type { Orientation } from '../model/awareness.ts';
import type { ScenarioMeta } from '../model/scenario.ts';
import { begin } from './advance.ts';
import type { Step } from './advance.ts';
import { applyEvent, replay, roadsNotTaken } from './playthrough.ts';
import { withoutLastDecision } from '../model/save-schema.ts';
import type { PlayEvent, RoadNotTaken } from './playthrough.ts';
import type { StoryChoice, StoryLine, StoryPort } from './story-port.ts';
import { entryFromDebrief } from '../model/journal.ts';
import type { JournalEntry } from '../model/journal.ts';
import { oneLine } from '../model/player-text.ts';

export interface ScenarioSummary {
  id: string;
  meta: ScenarioMeta;
}

export interface GameContext {
  scenarios: ScenarioSummary[];
  selected: ScenarioSummary | null;
  story: StoryPort | null;
  seed: number;
  step: Step | null;
  events: PlayEvent[];
  /** The text of the choice that led to the current lines. */
  lastChoice: string | null;
  /** The most recent section heading the story declared. */
  section: string | null;
  /** The most recent #scene: the room, or the place itself. */
  scene: string | null;
  debrief: Debrief | null;
  roads: RoadNotTaken[];
  error: string | null;
  /** A saved game to continue once the story has loaded. */
  resume: { seed: number; events: PlayEvent[] } | null;
  /** The journal entry being written or read. */
  entryId: string | null;
}

export type GameEvent =
  | { type: 'SELECT'; id: string }
  | { type: 'RESUME'; id: string; seed: number; events: PlayEvent[] }
  | { type: 'REWIND' }
  | { type: 'BEGIN' }
  | { type: 'LOADED'; story: StoryPort }
  | { type: 'LOAD_FAILED'; message: string }
  | { type: 'NAME'; given: Orientation | null }
  | { type: 'CHOOSE'; index: number; by?: 'player' | 'room'; why?: string }
  /** The shell supplies the clock: when the scenario ended and the minutes spent in it. */
  | { type: 'FINISH'; finishedAt: string; minutes: number }
  | { type: 'REFLECT' }
  | { type: 'DEBRIEF' }
  | { type: 'JOURNAL' }
  | { type: 'OPEN_ENTRY'; id: string }
  | { type: 'TITLE' };

export type GameEmitted =
  | { type: 'load'; id: string }
  | { type: 'lines'; lines: StoryLine[] }
  | { type: 'chosen'; choice: StoryChoice }
  | { type: 'checkpoint'; scenarioId: string; title: string; seed: number; events: PlayEvent[] }
  | { type: 'finished'; entry: JournalEntry }
  | { type: 'screen'; screen: 'title' | 'prebrief' | 'playing' | 'debrief' | 'reflection' | 'journal' };

export interface GameInput {
  scenarios: ScenarioSummary[];
  /** Seeds ink's randomness; recorded so any playthrough can be replayed. */
  seed?: number;
}


/** What the player last chose, for the "You chose" line after a resume or a rewind. */
const lastDecisionText = (step: Step) => step.model.decisions[step.model.decisions.length - 1]?.text ?? null;

const CLEARED = {
  selected: null, story: null, step: null, events: [], lastChoice: null, section: null, scene: null, debrief: null, roads: [],
} as const;

export const gameMachine = setup({
  types: {
    context: {} as GameContext,
    events: {} as GameEvent,
    emitted: {} as GameEmitted,
    input: {} as GameInput,
  },
  guards: {
    knownScenario: ({ context, event }) => (event.type === 'SELECT' || event.type === 'RESUME') && context.scenarios.some((s) => s.id === event.id),
    hasDecision: ({ context }) => context.events.some((e) => e.type === 'choose'),
    availableChoice: ({ context, event }) =>
      event.type === 'CHOOSE' && Boolean(context.step?.choices.some((c) => c.index === event.index && c.available)),
    mustName: ({ context }) => Boolean(context.step?.nameIt),
    storyEnded: ({ context }) => Boolean(context.step?.ended),
    hasDebrief: ({ context }) => Boolean(context.debrief),
  },
  actions: {
    clearScenario: assign({ ...CLEARED, events: () => [], roads: () => [], resume: null, entryId: null }),
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
    })),
  },
}).createMachine({
  id: 'game',
  context: ({ input }) => ({ scenarios: input.scenarios, seed: input.seed ?? 1, ...CLEARED, events: [], roads: [], error: null, resume: null, entryId: null }),
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
          actions: ['selectScenario', assign({ resume: ({ event }) => ({ seed: event.seed, events: event.events }), seed: ({ event }) => event.seed })],
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
        LOADED: {
          target: 'playing',
          actions: [
            assign(({ context, event }) => {
              const events = context.resume?.events ?? [];
              const step = context.resume
                ? replay(event.story, { scenarioId: context.selected?.id ?? '', seed: context.seed, events })
                : begin(event.story, context.seed);
              return {
                story: event.story, step, events, resume: null, lastChoice: lastDecisionText(step),
                section: step.model.section, scene: step.model.scene,
              };
            }),
            'announceLines',
            'checkpoint',
          ],
        },
        LOAD_FAILED: {
          target: 'title',
          actions: [assign({ error: ({ event }) => `The scenario could not be opened. ${event.message}` }), assign({ ...CLEARED, events: () => [], roads: () => [] })],
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
          actions: [
            assign(({ context }) => {
              const events = withoutLastDecision(context.events);
              const step = replay(context.story as StoryPort, { scenarioId: context.selected?.id ?? '', seed: context.seed, events });
              return { events, step, lastChoice: lastDecisionText(step), section: step.model.section, scene: step.model.scene };
            }),
            'announceLines',
            'checkpoint',
          ],
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
              actions: [
                assign(({ context, event }) => {
                  const played: PlayEvent = { type: 'name', given: event.given };
                  return { step: applyEvent(context.story as StoryPort, context.step as Step, played), events: [...context.events, played] };
                }),
                'checkpoint',
              ],
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
                assign(({ context, event }) => {
                  const why = oneLine(event.why ?? '');
                  const played: PlayEvent = why ? { type: 'choose', index: event.index, why } : { type: 'choose', index: event.index };
                  const before = context.step as Step;
                  const step = applyEvent(context.story as StoryPort, before, played);
                  return {
                    step,
                    events: [...context.events, played],
                    lastChoice: before.choices.find((c) => c.index === event.index)?.text ?? null,
                    section: step.model.section, scene: step.model.scene,
                  };
                }),
                'announceLines',
                'checkpoint',
              ],
            },
            FINISH: {
              guard: 'storyEnded',
              target: '#game.debrief',
              actions: [
                assign(({ context, event }) => {
                  const story = context.story as StoryPort;
                  const scenarioId = context.selected?.id ?? '';
                  const playthrough = { scenarioId, seed: context.seed, events: context.events };
                  const debrief = buildDebrief((context.step as Step).model, story.meta);
                  return {
                    debrief,
                    roads: roadsNotTaken(story, playthrough),
                    entryId: `${scenarioId}-${Date.parse(event.finishedAt).toString(36)}`,
                  };
                }),
                emit(({ context, event }) => ({
                  type: 'finished' as const,
                  entry: entryFromDebrief(context.debrief as Debrief, {
                    id: context.entryId ?? '',
                    scenarioId: context.selected?.id ?? '',
                    finishedAt: new Date(event.finishedAt),
                    minutes: event.minutes,
                    cast: (context.story as StoryPort).meta.cast,
                  }),
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
      on: { OPEN_ENTRY: { guard: ({ event }) => /^[a-z0-9-]{1,80}$/.test(event.id), target: 'reflection', actions: assign({ entryId: ({ event }) => event.id }) } },
    },
  },
});
