// The game's flow: title → prebrief → scenario → debrief. The machine calls
// the pure model and declares effects; the shell supplies the story loader
// and listens for emitted events.
import { assign, emit, fromPromise, setup } from 'xstate';
import { buildDebrief } from '../model/debrief.ts';
import type { Debrief } from '../model/debrief.ts';
import type { ScenarioMeta } from '../model/scenario.ts';
import { startScenario } from '../model/scenario-state.ts';
import type { ScenarioState } from '../model/scenario-state.ts';
import { advance, choose } from './advance.ts';
import type { StoryChoice, StoryLine, StoryPort } from './story-port.ts';

export interface ScenarioSummary {
  id: string;
  meta: ScenarioMeta;
}

export interface GameContext {
  scenarios: ScenarioSummary[];
  selected: ScenarioSummary | null;
  story: StoryPort | null;
  model: ScenarioState | null;
  lines: StoryLine[];
  choices: StoryChoice[];
  /** The text of the choice that led to the current lines. */
  lastChoice: string | null;
  /** The most recent section heading the story declared. */
  section: string | null;
  debrief: Debrief | null;
  error: string | null;
}

export type GameEvent =
  | { type: 'SELECT'; id: string }
  | { type: 'BEGIN' }
  | { type: 'CHOOSE'; index: number }
  | { type: 'FINISH' }
  | { type: 'TITLE' };

export type GameEmitted =
  | { type: 'lines'; lines: StoryLine[] }
  | { type: 'chosen'; choice: StoryChoice }
  | { type: 'screen'; screen: 'title' | 'prebrief' | 'playing' | 'debrief' };

export interface GameInput {
  scenarios: ScenarioSummary[];
}

function lastSection(lines: StoryLine[], previous: string | null): string | null {
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const section = lines[i]?.tags.section;
    if (section) return section;
  }
  return previous;
}

export const gameMachine = setup({
  types: {
    context: {} as GameContext,
    events: {} as GameEvent,
    emitted: {} as GameEmitted,
    input: {} as GameInput,
  },
  actors: {
    // Supplied by the shell with .provide(): fetches and opens a story.
    loadStory: fromPromise<StoryPort, { id: string }>(async () => {
      throw new Error('No story loader was provided.');
    }),
  },
  guards: {
    knownScenario: ({ context, event }) =>
      event.type === 'SELECT' && context.scenarios.some((s) => s.id === event.id),
    validChoice: ({ context, event }) =>
      event.type === 'CHOOSE' && context.choices.some((c) => c.index === event.index),
    storyEnded: ({ context }) => context.choices.length === 0,
  },
  actions: {
    clearScenario: assign({
      selected: null, story: null, model: null, lines: [], choices: [], lastChoice: null, section: null, debrief: null,
    }),
  },
}).createMachine({
  id: 'game',
  context: ({ input }) => ({
    scenarios: input.scenarios,
    selected: null,
    story: null,
    model: null,
    lines: [],
    choices: [],
    lastChoice: null,
    section: null,
    debrief: null,
    error: null,
  }),
  initial: 'title',
  on: { TITLE: { target: '.title', actions: 'clearScenario' } },
  states: {
    title: {
      entry: emit({ type: 'screen', screen: 'title' }),
      on: {
        SELECT: {
          guard: 'knownScenario',
          target: 'prebrief',
          actions: assign({
            selected: ({ context, event }) => context.scenarios.find((s) => s.id === event.id) ?? null,
            error: null,
          }),
        },
      },
    },
    prebrief: {
      entry: emit({ type: 'screen', screen: 'prebrief' }),
      on: { BEGIN: 'loading' },
    },
    loading: {
      invoke: {
        src: 'loadStory',
        input: ({ context }) => ({ id: context.selected?.id ?? '' }),
        onDone: {
          target: 'playing',
          actions: [
            assign(({ context, event }) => {
              const story = event.output;
              const step = advance(story, startScenario(context.selected?.meta.start ?? story.meta.start));
              return {
                story,
                model: step.state,
                lines: step.lines,
                choices: step.choices,
                lastChoice: null,
                section: lastSection(step.lines, null),
              };
            }),
            emit(({ context }) => ({ type: 'lines' as const, lines: context.lines })),
          ],
        },
        onError: {
          target: 'title',
          actions: assign({
            error: ({ event }) => `The scenario could not be opened. ${event.error instanceof Error ? event.error.message : String(event.error)}`,
          }),
        },
      },
    },
    playing: {
      entry: emit({ type: 'screen', screen: 'playing' }),
      on: {
        CHOOSE: {
          guard: 'validChoice',
          actions: [
            emit(({ context, event }) => ({
              type: 'chosen' as const,
              choice: context.choices.find((c) => c.index === event.index) as StoryChoice,
            })),
            assign(({ context, event }) => {
              const story = context.story as StoryPort;
              const choice = context.choices.find((c) => c.index === event.index) as StoryChoice;
              const step = advance(story, choose(story, context.model as ScenarioState, choice));
              return {
                model: step.state,
                lines: step.lines,
                choices: step.choices,
                lastChoice: choice.text,
                section: lastSection(step.lines, context.section),
              };
            }),
            emit(({ context }) => ({ type: 'lines' as const, lines: context.lines })),
          ],
        },
        FINISH: {
          guard: 'storyEnded',
          target: 'debrief',
          actions: assign({
            debrief: ({ context }) => buildDebrief(context.model as ScenarioState, (context.story as StoryPort).meta),
          }),
        },
      },
    },
    debrief: {
      entry: emit({ type: 'screen', screen: 'debrief' }),
      on: { SELECT: { guard: 'knownScenario', target: 'prebrief', actions: [
        'clearScenario',
        assign({ selected: ({ context, event }) => context.scenarios.find((s) => s.id === (event as { id: string }).id) ?? null }),
      ] } },
    },
  },
});
