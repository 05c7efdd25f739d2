// Runs a story forward to its next decision, letting the model see every line
// as it comes, so later lines can branch on values the model just changed.
// The story's own state travels as a string, so each step is a function of
// (story state, model state, choice) and can be replayed or explored freely.
import { recordChoice, recordLine, startScenario, storyVariables } from '../model/scenario-state.ts';
import type { ScenarioState } from '../model/scenario-state.ts';
import { PAUSE_MINUTES, availability, orderUnderPressure } from '../model/rules.ts';
import type { Orientation } from '../model/orientation.ts';
import type { MomentNote } from '../model/facilitator-notes.ts';
import type { StoryChoice, StoryLine, StoryPort } from './story-port.ts';

export interface PresentedChoice extends StoryChoice {
  /** Argued harder in the room and offered first (high risk and anxiety). */
  pressed: boolean;
  /** Why the room pressed it, in words for the player. */
  pressedWhy: string | null;
  available: boolean;
  reason: string | null;
}

export interface PendingNameIt {
  proposal: string;
  author: Orientation;
  /** The author's reason for the reading, and whether it is contested. */
  reading: string | null;
  contested: boolean;
}

export interface Step {
  lines: StoryLine[];
  choices: PresentedChoice[];
  model: ScenarioState;
  storyState: string;
  nameIt: PendingNameIt | null;
  ended: boolean;
  /**
   * The facilitator's notes read since the previous decision, in order: a
   * time skip's, then the note for the decision this step waits on
   * (decisionNote(step.notes) picks it). For the console only; never text.
   */
  notes: MomentNote[];
}

function present(story: StoryPort, model: ScenarioState): PresentedChoice[] {
  const context = { dynamics: model.dynamics, present: model.present, known: model.known, meta: story.meta };
  return orderUnderPressure(story.choices(), model.dynamics).map(({ item, pressed, pressedWhy }) => {
    let status = item.tags ? availability(item.tags, context) : { available: true, reason: null };
    if (status.available && item.tags?.pause && model.dynamics.time < PAUSE_MINUTES) {
      status = { available: false, reason: 'There is no meeting time left for a pause.' };
    }
    return { ...item, pressed, pressedWhy, ...status };
  });
}

function run(story: StoryPort, start: ScenarioState): Step {
  const lines: StoryLine[] = [];
  let model = start;
  let nameIt: PendingNameIt | null = null;
  const notes: MomentNote[] = [];
  story.setVariables(storyVariables(model));
  for (let line = story.nextLine(); line; line = story.nextLine()) {
    const next = recordLine(model, line.tags);
    // recordLine returns the same state when a line changes nothing.
    if (next !== model) story.setVariables(storyVariables(next));
    model = next;
    if (line.tags.nameIt)
      nameIt = { proposal: line.text, author: line.tags.nameIt, reading: line.tags.reading, contested: line.tags.contested };
    if (line.tags.facilitator) notes.push({ moment: line.tags.timeskip ? 'time-skip' : 'decision', note: line.tags.facilitator });
    if (line.text) lines.push(line);
  }
  const choices = present(story, model);
  return { lines, choices, model, storyState: story.saveState(), nameIt, ended: choices.length === 0, notes };
}

export function begin(story: StoryPort, seed = 1): Step {
  story.reset(seed);
  const { meta } = story;
  return run(story, startScenario({ dynamics: meta.start, place: meta.placeStart, present: meta.present }));
}

/** Who made a decision and why: one player, or a room voting together. */
export interface Decided {
  why?: string | null;
  by?: 'player' | 'room';
}

export function step(
  story: StoryPort,
  from: Pick<Step, 'storyState' | 'model' | 'choices'>,
  index: number,
  { why = null, by = 'player' }: Decided = {},
): Step {
  const choice = from.choices.find((c) => c.index === index);
  if (!choice) throw new Error(`There is no choice ${index} here.`);
  if (!choice.available) throw new Error(`That choice is not available: ${choice.reason}`);
  story.loadState(from.storyState);
  // A decision is key when the author marked any option at that point.
  const key = from.choices.some((c) => c.tags?.key);
  const pressedOptions = from.choices.filter((c) => c.pressed).map((c) => c.text);
  const model = choice.tags
    ? recordChoice(from.model, choice.text, { ...choice.tags, key }, { pressed: choice.pressed, pressedOptions, why, by })
    : from.model;
  story.choose(choice.index);
  return run(story, model);
}
