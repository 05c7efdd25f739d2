// Runs a story forward to its next decision, letting the model see every line
// as it comes, so later lines can branch on numbers the model just changed.
import { recordChoice, recordLine, storyVariables } from '../model/scenario-state.ts';
import type { ScenarioState } from '../model/scenario-state.ts';
import type { StoryChoice, StoryLine, StoryPort } from './story-port.ts';

export interface Advance {
  lines: StoryLine[];
  choices: StoryChoice[];
  state: ScenarioState;
  ended: boolean;
}

export function advance(story: StoryPort, state: ScenarioState): Advance {
  const lines: StoryLine[] = [];
  let current = state;
  story.setVariables(storyVariables(current));
  for (let line = story.nextLine(); line; line = story.nextLine()) {
    const next = recordLine(current, line.tags);
    // recordLine returns the same state when a line changes nothing.
    if (next !== current) story.setVariables(storyVariables(next));
    current = next;
    if (line.text) lines.push(line);
  }
  const choices = story.choices();
  return { lines, choices, state: current, ended: choices.length === 0 };
}

export function choose(story: StoryPort, state: ScenarioState, choice: StoryChoice): ScenarioState {
  const next = choice.tags ? recordChoice(state, choice.text, choice.tags) : state;
  story.choose(choice.index);
  return next;
}
