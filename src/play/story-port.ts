// What the machines need from a story, without knowing it is ink.
import type { ChoiceTags, LineTags, ScenarioMeta } from '../model/scenario.ts';

/** A tag the story's author got wrong, in words: part of the port, so any story adapter can report one. */
export interface TagError {
  tag: string;
  message: string;
}

export interface StoryLine {
  text: string;
  tags: LineTags;
}

export interface StoryChoice {
  index: number;
  /** Stable across edits that add or remove other options: where the option sits and its words. */
  id: string;
  text: string;
  /** null when the choice's tags could not be read (reported in tagErrors). */
  tags: ChoiceTags | null;
  tagErrors: TagError[];
}

export interface StoryPort {
  readonly meta: ScenarioMeta;
  /** A content hash of the compiled story, recorded in saves to notice an edited story. */
  readonly build: string;
  /** The next line of text, or null when the story waits for a choice or has ended. */
  nextLine(): StoryLine | null;
  choices(): StoryChoice[];
  choose(index: number): void;
  /** Sets the variables the story declares; names it does not declare are ignored. */
  setVariables(values: Record<string, number | string>): void;
  /** Back to the beginning, with ink's random choices seeded so play can be replayed. */
  reset(seed: number): void;
  saveState(): string;
  loadState(json: string): void;
  /** The ink path of the current position (for checks and debugging). */
  position(): string;
}
