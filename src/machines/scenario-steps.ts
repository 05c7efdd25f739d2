// The pure steps the game machine takes during a scenario: each returns the
// part of the context it changes, so the machine itself stays a picture of
// the flow.
import { buildDebrief } from '../model/debrief.ts';
import type { Debrief } from '../model/debrief.ts';
import { entryFromDebrief } from '../model/journal.ts';
import type { JournalEntry } from '../model/journal.ts';
import { oneLine } from '../model/player-text.ts';
import { withoutLastDecision } from '../model/save-schema.ts';
import type { Orientation } from '../model/orientation.ts';
import { begin } from '../play/advance.ts';
import type { Step } from '../play/advance.ts';
import { applyEvent, roadsNotTaken } from '../play/playthrough.ts';
import type { PlayEvent } from '../play/playthrough.ts';
import type { StoryPort } from '../play/story-port.ts';
import type { GameContext, OpenStory } from './game-types.ts';
import { checkedReplay, needsAsking } from '../play/resume.ts';

/** What the player last chose, for the "You chose" line after a resume or a rewind. */
const lastDecisionText = (step: Step) => step.model.decisions[step.model.decisions.length - 1]?.text ?? null;

const playthroughOf = (context: GameContext, events = context.events) => ({
  scenarioId: context.selected?.id ?? '',
  seed: context.seed,
  events,
});

/** The story the context names, opened through the shell's opener (which may reuse it). */
const storyOf = (context: GameContext, open: OpenStory): StoryPort => {
  if (!context.story) throw new Error('No story is open.');
  return open(context.story.json);
};

const at = (step: Step) => ({ lastChoice: lastDecisionText(step), section: step.model.section, scene: step.model.scene });

/**
 * The story has loaded: start it, or replay a saved game up to where it
 * stopped. A replay that finds the story edited, or cannot go on, leaves a
 * resume check for the player to answer; a story that cannot even begin
 * leaves no step and an error (the machine goes back to the title).
 */
export function opened(context: GameContext, json: string, open: OpenStory): Partial<GameContext> {
  try {
    const story = open(json);
    const loaded = { json, build: story.build };
    if (!context.resume) {
      const step = begin(story, context.seed);
      return { story: loaded, step, events: [], resume: null, resumeCheck: null, ...at(step) };
    }
    const check = checkedReplay(story, context.resume);
    return {
      story: loaded,
      step: check.step,
      events: check.events,
      resume: null,
      resumeCheck: needsAsking(check) ? check : null,
      ...at(check.step),
    };
  } catch (error) {
    return {
      story: null,
      step: null,
      resume: null,
      resumeCheck: null,
      error: `The scenario could not be opened. ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** The player's answer to a resume check: carry on from the decisions that match, or start afresh. */
export function answeredCheck(context: GameContext, startAgain: boolean, open: OpenStory): Partial<GameContext> {
  if (!startAgain) return { resumeCheck: null };
  const step = begin(storyOf(context, open), context.seed);
  return { step, events: [], resumeCheck: null, ...at(step) };
}

/** Takes back the last decision by replaying the others; a replay that fails leaves play where it was. */
export function rewound(context: GameContext, open: OpenStory): Partial<GameContext> {
  try {
    const check = checkedReplay(storyOf(context, open), { seed: context.seed, events: withoutLastDecision(context.events), build: null });
    return { events: check.events, step: check.step, ...at(check.step) };
  } catch {
    return {};
  }
}

export function named(context: GameContext, given: Orientation | null, open: OpenStory): Partial<GameContext> {
  const played: PlayEvent = { type: 'name', given };
  return { step: applyEvent(storyOf(context, open), context.step as Step, played), events: [...context.events, played] };
}

/** A decision, with the player's reason (if any) kept beside it as one clean line. */
export function chosen(
  context: GameContext,
  index: number,
  reason: string | undefined,
  open: OpenStory,
  by: 'player' | 'room' = 'player',
): Partial<GameContext> {
  const why = oneLine(reason ?? '');
  const before = context.step as Step;
  const id = before.choices.find((c) => c.index === index)?.id;
  const played: PlayEvent = {
    type: 'choose',
    index,
    ...(id === undefined ? {} : { id }),
    ...(why ? { why } : {}),
    ...(by === 'room' ? { by } : {}),
  };
  const step = applyEvent(storyOf(context, open), before, played);
  return {
    step,
    events: [...context.events, played],
    lastChoice: before.choices.find((c) => c.index === index)?.text ?? null,
    section: step.model.section,
    scene: step.model.scene,
  };
}

/** The story has ended: the debrief, the roads not taken, and a name for the journal entry. */
export function finished(context: GameContext, finishedAt: string, open: OpenStory): Partial<GameContext> {
  const story = storyOf(context, open);
  const scenarioId = context.selected?.id ?? '';
  return {
    debrief: buildDebrief((context.step as Step).model, story.meta),
    roads: roadsNotTaken(story, playthroughOf(context)),
    entryId: `${scenarioId}-${Date.parse(finishedAt).toString(36)}`,
  };
}

export function journalEntry(context: GameContext, finishedAt: string, minutes: number): JournalEntry {
  return entryFromDebrief(context.debrief as Debrief, {
    id: context.entryId ?? '',
    scenarioId: context.selected?.id ?? '',
    finishedAt: new Date(finishedAt),
    minutes,
    cast: context.selected?.meta.cast ?? {},
  });
}
