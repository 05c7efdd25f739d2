// What happened in play since the last report: each decision (with the
// author's reading the model gave it) and each naming of the plan, in the
// order they were made. Pure: a checkpoint's events and decisions in, the
// new moments out; the count of events already reported is the caller's.
import type { Decision } from '../model/plan.ts';
import type { SavedEvent } from '../model/save-schema.ts';

type Given = Extract<SavedEvent, { type: 'name' }>['given'];

export type PlayMoment = { kind: 'decision'; decision: Decision; choiceId: string } | { kind: 'named'; nth: number; given: Given };

/** The moments among events[from…]; a decision the model has not read (yet) is left for the next checkpoint. */
export function momentsSince(events: readonly SavedEvent[], decisions: readonly Decision[], from: number): PlayMoment[] {
  const moments: PlayMoment[] = [];
  let turn = 0;
  let namings = 0;
  for (const [at, event] of events.entries()) {
    if (event.type === 'choose') turn += 1;
    else namings += 1;
    if (at < from) continue;
    if (event.type === 'name') {
      moments.push({ kind: 'named', nth: namings, given: event.given });
      continue;
    }
    const decision = decisions[turn - 1];
    if (!decision) break;
    moments.push({ kind: 'decision', decision, choiceId: event.id ?? '' });
  }
  return moments;
}

/** How many events the moments cover: the next report starts there. */
export const reportedUpTo = (events: readonly SavedEvent[], decisions: readonly Decision[], from: number): number =>
  Math.min(events.length, from + momentsSince(events, decisions, from).length);
