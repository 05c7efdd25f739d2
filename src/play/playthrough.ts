// A playthrough is a seed plus the player's decisions; replaying it through
// the same story and model reproduces every number. The debrief's "road not
// taken" is computed by replaying with one key decision changed.
import { buildDebrief } from '../model/debrief.ts';
import type { SavedEvent } from '../model/save-schema.ts';
import { quadrantOf } from '../model/orientation.ts';
import { recordNameIt } from '../model/scenario-state.ts';
import type { ScenarioState } from '../model/scenario-state.ts';
import type { Consequences } from '../model/consequences.ts';
import { consequencesOf } from '../model/consequences.ts';
import { begin, step } from './advance.ts';
import type { PresentedChoice, Step } from './advance.ts';
import type { StoryPort } from './story-port.ts';

/** The same shape a save keeps, so a save is a playthrough. */
export type PlayEvent = SavedEvent;

export interface Playthrough {
  scenarioId: string;
  seed: number;
  events: PlayEvent[];
}

export function applyEvent(story: StoryPort, current: Step, event: PlayEvent): Step {
  if (event.type === 'name') {
    if (!current.nameIt) return current;
    return {
      ...current,
      nameIt: null,
      model: recordNameIt(
        current.model,
        current.nameIt.proposal,
        { ...current.nameIt.author, reading: current.nameIt.reading, contested: current.nameIt.contested },
        event.given,
      ),
    };
  }
  return step(story, current, event.index, { why: event.why ?? null, by: event.by ?? 'player' });
}

export function replay(story: StoryPort, playthrough: Playthrough): Step {
  return playthrough.events.reduce((current, event) => applyEvent(story, current, event), begin(story, playthrough.seed));
}

export interface PathOutcome {
  planName: string;
  ending: string | null;
  consequences: Consequences;
  dynamics: ScenarioState['dynamics'];
}

export interface RoadNotTaken {
  turn: number;
  taken: string;
  alternative: string;
  actual: PathOutcome;
  other: PathOutcome;
  /** Both roads led to the same plan, consequences and trust: the debrief says so rather than show two equal rows. */
  changedLittle: boolean;
}

const sameOutcome = (a: PathOutcome, b: PathOutcome) =>
  a.planName === b.planName &&
  a.ending === b.ending &&
  JSON.stringify(a.consequences) === JSON.stringify(b.consequences) &&
  a.dynamics.trust === b.dynamics.trust &&
  a.dynamics.youthTrust === b.dynamics.youthTrust;

function outcome(story: StoryPort, model: ScenarioState): PathOutcome {
  const debrief = buildDebrief(model, story.meta);
  return {
    planName: debrief.planName,
    ending: model.ending,
    consequences: consequencesOf(model.place, model.dynamics),
    dynamics: model.dynamics,
  };
}

const quadrant = (c: PresentedChoice) => (c.tags?.where && c.tags.how ? quadrantOf(c.tags.where, c.tags.how) : null);

/** Follows the original decisions as closely as the other branch allows. */
function continueLike(story: StoryPort, from: Step, original: PresentedChoice[]): Step {
  let current = from;
  for (let guard = 0; guard < 200 && !current.ended; guard += 1) {
    if (current.nameIt) {
      current = applyEvent(story, current, { type: 'name', given: null });
      continue;
    }
    const available = current.choices.filter((c) => c.available);
    const wanted = original[current.model.decisions.length];
    const pick =
      available.find((c) => c.text === wanted?.text) ?? available.find((c) => wanted && quadrant(c) === quadrant(wanted)) ?? available[0];
    if (!pick) break;
    current = step(story, current, pick.index);
  }
  return current;
}

/** A decision as it was met in a playthrough: the step that offered it and the option chosen. */
export interface DecisionPoint {
  before: Step;
  chosen: PresentedChoice;
}

/** Replays once, keeping each decision point (in the order decided) and the final step. */
export function decisionPoints(story: StoryPort, playthrough: Playthrough): Replayed {
  const points: DecisionPoint[] = [];
  let current = begin(story, playthrough.seed);
  for (const event of playthrough.events) {
    if (event.type === 'choose') {
      const chosen = current.choices.find((c) => c.index === event.index);
      if (chosen) points.push({ before: current, chosen });
    }
    current = applyEvent(story, current, event);
  }
  return { points, final: current };
}

function roadAt(
  story: StoryPort,
  point: DecisionPoint,
  alternative: PresentedChoice,
  points: DecisionPoint[],
  actual: PathOutcome,
): RoadNotTaken {
  const originals = points.map((p) => p.chosen);
  const other = outcome(story, continueLike(story, step(story, point.before, alternative.index), originals).model);
  return {
    turn: point.before.model.decisions.length + 1,
    taken: point.chosen.text,
    alternative: alternative.text,
    actual,
    other,
    changedLittle: sameOutcome(actual, other),
  };
}

/** A playthrough replayed once: its decision points and where it ended. */
export interface Replayed {
  points: DecisionPoint[];
  final: Step;
}

/**
 * For up to `limit` key decisions, replays the playthrough with a different
 * available option (one in another quadrant) and reports both outcomes.
 * `replayed` saves replaying again when the caller has already.
 */
export function roadsNotTaken(
  story: StoryPort,
  playthrough: Playthrough,
  limit = 2,
  { points, final }: Replayed = decisionPoints(story, playthrough),
): RoadNotTaken[] {
  const actual = outcome(story, final.model);
  const candidates = points.filter((p) => p.before.choices.some((c) => c.tags?.key));
  const fallback = points.filter((p) => !candidates.includes(p));
  const roads: RoadNotTaken[] = [];
  for (const point of [...candidates, ...fallback]) {
    if (roads.length >= limit) break;
    const alternative = point.before.choices.find(
      (c) => c.available && c.index !== point.chosen.index && quadrant(c) !== quadrant(point.chosen),
    );
    if (!alternative) continue;
    roads.push(roadAt(story, point, alternative, points, actual));
  }
  return roads;
}

/**
 * The road not taken from one decision (0-based, in the order decided) with a
 * named option instead: null when there is no such decision or the option
 * could not be chosen there.
 */
export function roadFrom(story: StoryPort, { points, final }: Replayed, decision: number, option: number): RoadNotTaken | null {
  const point = points[decision];
  const alternative = point?.before.choices.find((c) => c.index === option && c.available && c.index !== point.chosen.index);
  if (!point || !alternative) return null;
  return roadAt(story, point, alternative, points, outcome(story, final.model));
}
