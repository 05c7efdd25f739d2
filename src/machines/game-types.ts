// The game machine's context, events and emitted effects, shared by the
// machine and the pure steps it takes.
import type { Debrief } from '../model/debrief.ts';
import type { Orientation } from '../model/orientation.ts';
import type { ScenarioCard, ScenarioMeta } from '../model/scenario.ts';
import type { JournalEntry } from '../model/journal.ts';
import type { Step } from '../play/advance.ts';
import type { PlayEvent, RoadNotTaken } from '../play/playthrough.ts';
import type { StoryChoice, StoryLine, StoryPort } from '../play/story-port.ts';
import type { ResumeCheck, SavedPlay } from '../play/resume.ts';

export interface LoadedStory {
  json: string;
  /** The build hash a save records, to tell an edited story. */
  build: string;
}

/** What the machine asks the host's story loader for: a scenario by id (it answers with the story's compiled JSON). */
export interface LoadStoryInput {
  id: string;
}

/**
 * Opens a story from its compiled JSON. The shell provides it (the only code
 * that knows the story is ink); it may keep opened stories to reuse.
 */
export type OpenStory = (json: string) => StoryPort;

/** A scenario as the title screen lists it. */
export interface ScenarioListing {
  id: string;
  meta: ScenarioCard;
}

/** A scenario with all its meta: what the prebrief, the play and the debrief need. */
export interface ScenarioSummary {
  id: string;
  meta: ScenarioMeta;
}

export interface GameContext {
  scenarios: ScenarioListing[];
  /** The full meta of the scenarios whose details have arrived (the host sends them, DETAILS); one is chosen from these. */
  details: ScenarioSummary[];
  selected: ScenarioSummary | null;
  /** The compiled story, as ink's own JSON: plain data, so a snapshot of the game serialises and resumes. */
  story: LoadedStory | null;
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
  resume: SavedPlay | null;
  /** Set when a resumed save no longer replays as made (edited story, damaged save), until the player answers. */
  resumeCheck: ResumeCheck | null;
  /** The journal entry being written or read. */
  entryId: string | null;
}

export type GameEvent =
  /** The full meta of some scenarios, once the host has it: a scenario can be chosen only after its details came. */
  | { type: 'DETAILS'; scenarios: ScenarioSummary[] }
  | { type: 'SELECT'; id: string }
  | { type: 'RESUME'; id: string; seed: number; events: PlayEvent[]; build?: string | null }
  /** Answers a resume check: carry on from the decisions that still match, or start afresh. */
  | { type: 'KEEP_MATCHING' }
  | { type: 'START_AGAIN' }
  | { type: 'REWIND' }
  | { type: 'BEGIN' }
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
  | { type: 'lines'; lines: StoryLine[] }
  | { type: 'chosen'; choice: StoryChoice }
  | { type: 'checkpoint'; scenarioId: string; title: string; seed: number; events: PlayEvent[]; build: string | null }
  | { type: 'finished'; entry: JournalEntry }
  | { type: 'screen'; screen: 'title' | 'prebrief' | 'playing' | 'resume-check' | 'debrief' | 'reflection' | 'journal' };

export interface GameInput {
  scenarios: ScenarioListing[];
  /** Details known from the start (a host that has them all at once); others come with DETAILS. */
  details?: ScenarioSummary[];
  /** Seeds ink's randomness; recorded so any playthrough can be replayed. */
  seed?: number;
}
