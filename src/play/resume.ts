// Replaying a save onto the story as it is now. Each decision is matched by
// its choice id (where the option sits and its words), not only its index, so
// an option added or removed around it does not change what the player chose.
// The replay never throws: whatever stops it (an option gone, an index out of
// range in an edited save, an ink error) becomes a plain-words problem, and
// the decisions before it are kept, with their reasons.
import { choiceIdText } from '../model/story-build.ts';
import { begin, step } from './advance.ts';
import type { PresentedChoice, Step } from './advance.ts';
import { applyEvent } from './playthrough.ts';
import type { PlayEvent } from './playthrough.ts';
import type { StoryPort } from './story-port.ts';

export interface SavedPlay {
  seed: number;
  events: PlayEvent[];
  /** The story build the save was made on; null when the save is older than builds. */
  build: string | null;
}

export interface ResumeCheck {
  /** The story was rebuilt from edited files since the save was made. */
  storyChanged: boolean;
  /** Decisions in the save, and how many of them replay as they were made. */
  saved: number;
  kept: number;
  /** Why the replay stopped early, in plain words; null when every decision still matches. */
  problem: string | null;
  /** The save's events up to the last decision that matches, with indexes brought up to date. */
  events: PlayEvent[];
  step: Step;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type Match = { ok: true; choice: PresentedChoice } | { ok: false; problem: string };

function match(choices: PresentedChoice[], event: Extract<PlayEvent, { type: 'choose' }>, turn: number): Match {
  const atIndex = choices.find((c) => c.index === event.index);
  let found: PresentedChoice | undefined;
  if (event.id === undefined) found = atIndex;
  else if (atIndex?.id === event.id) found = atIndex;
  else {
    const same = choices.filter((c) => c.id === event.id);
    if (same.length === 1) found = same[0];
  }
  if (!found && event.id !== undefined) {
    return { ok: false, problem: `Decision ${turn}, "${choiceIdText(event.id)}", is no longer offered at that point.` };
  }
  if (!found) {
    return {
      ok: false,
      problem: `Decision ${turn} could not be replayed: the save asks for option ${event.index + 1}, and there ${choices.length === 1 ? 'is' : 'are'} ${plural(choices.length, 'option', 'options')} at that point.`,
    };
  }
  if (!found.available)
    return {
      ok: false,
      problem: `Decision ${turn}, "${found.text}", is no longer open at that point: ${found.reason ?? 'the story now rules it out'}`,
    };
  return { ok: true, choice: found };
}

/** Throws only when the story cannot even begin; the caller reports that as a failed load. */
export function checkedReplay(story: StoryPort, save: SavedPlay): ResumeCheck {
  let current = begin(story, save.seed);
  const events: PlayEvent[] = [];
  const saved = save.events.filter((e) => e.type === 'choose').length;
  let kept = 0;
  let problem: string | null = null;
  for (const event of save.events) {
    if (event.type === 'name') {
      // A question the edited story no longer asks is passed over.
      if (!current.nameIt) continue;
      current = applyEvent(story, current, event);
      events.push(event);
      continue;
    }
    const turn = kept + 1;
    const found = match(current.choices, event, turn);
    if (!found.ok) {
      problem = found.problem;
      break;
    }
    try {
      current = step(story, current, found.choice.index, { why: event.why ?? null, by: event.by ?? 'player' });
    } catch (error) {
      problem = `Decision ${turn}, "${found.choice.text}", could not be replayed: ${message(error)}`;
      break;
    }
    events.push({ ...event, index: found.choice.index, id: found.choice.id });
    kept += 1;
  }
  return { storyChanged: save.build !== null && save.build !== story.build, saved, kept, problem, events, step: current };
}

/** Whether the player must be asked before carrying on. */
export const needsAsking = (check: ResumeCheck): boolean => check.storyChanged || check.problem !== null;
