// A save kept by a learning system names each decision by a short key of its
// choice id. Replaying it through the story turns each key back into the
// full id, so the usual resume (src/play/resume.ts) checks it exactly as it
// checks a device save, and an edited story is noticed, not misread.
import { choiceKey } from '../model/lms-suspend.ts';
import type { SuspendedPlay } from '../model/lms-suspend.ts';
import { begin } from './advance.ts';
import { applyEvent } from './playthrough.ts';
import type { PlayEvent } from './playthrough.ts';
import type { SavedPlay } from './resume.ts';
import type { StoryPort } from './story-port.ts';

/** The id a decision gets when its key matches no option offered: the resume check then says it is no longer offered. */
export const UNMATCHED_CHOICE = 'lms#an option this version of the scenario no longer offers';

export function resolveSuspended(story: StoryPort, play: SuspendedPlay): SavedPlay {
  const events: PlayEvent[] = [];
  let current = begin(story, play.seed);
  for (const event of play.events) {
    if (event.type === 'name') {
      events.push(event);
      current = applyEvent(story, current, event);
      continue;
    }
    const byKey = current.choices.filter((c) => event.key !== null && choiceKey(c.id) === event.key);
    const chosen = byKey.length === 1 ? byKey[0] : byKey.find((c) => c.index === event.index);
    const by = event.by ? { by: event.by } : {};
    if (!chosen || !chosen.available) {
      // Stops here: the resume check names the decision and keeps those before it.
      events.push({ type: 'choose', index: event.index, id: chosen?.id ?? UNMATCHED_CHOICE, ...by });
      break;
    }
    const resolved: PlayEvent = { type: 'choose', index: chosen.index, id: chosen.id, ...by };
    events.push(resolved);
    current = applyEvent(story, current, resolved);
    if (current.ended) break;
  }
  return { seed: play.seed, events, build: play.build };
}
