// Questions for the room's debrief conversation, made from what this room
// did: where it split, how the agencies' votes differed, where it met the
// game's pressure, and where it read a proposal differently from the author.
// Questions that open talk between agencies, never a verdict.
import type { Debrief } from '../model/debrief.ts';
import { QUADRANTS } from '../model/orientation.ts';
import type { Quadrant } from '../model/orientation.ts';
import type { AgencyProfile, PressureMatch, SplitDecision } from './debrief-types.ts';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A proposal's first words, without the quotation marks a line of dialogue opens with. */
export function shortQuote(text: string, limit = 80): string {
  const bare = text.replace(/^["“‘']+|["”’']+$/g, '').trim();
  return bare.length > limit ? `${bare.slice(0, limit).trimEnd()}…` : bare;
}

/** The quadrant a group voted for most, or null when it cast no votes on the map or its top quadrants tie. */
export function leaningOf(profile: AgencyProfile): Quadrant | null {
  const entries = Object.entries(profile.byQuadrant) as [Quadrant, number][];
  const most = Math.max(...entries.map(([, n]) => n));
  const top = entries.filter(([, n]) => n === most);
  return most > 0 && top.length === 1 ? top[0]![0] : null;
}

export interface PromptSources {
  debrief: Debrief;
  profiles: readonly AgencyProfile[];
  split: SplitDecision | null;
  pressure: readonly PressureMatch[];
}

export function discussionPrompts({ debrief, profiles, split, pressure }: PromptSources): string[] {
  const prompts: string[] = [];
  if (split)
    prompts.push(
      `Decision ${split.turn} split the room most: "${split.chosen}" was chosen, and "${split.alternative.text}" had ${split.alternative.votes} of ${split.votes} votes. What did each side see that the other did not?`,
    );
  const leaning = profiles.map((p) => ({ label: p.label, quadrant: leaningOf(p) })).filter((p) => p.quadrant !== null);
  const differing = leaning.find((p) => p.quadrant !== leaning[0]?.quadrant);
  if (leaning[0] && differing)
    prompts.push(
      `${leaning[0].label} voted most often for "${QUADRANTS[leaning[0].quadrant!].name}", ${differing.label} for "${QUADRANTS[differing.quadrant!].name}". What in each agency's everyday work pulls it that way?`,
    );
  else if (leaning.length > 1)
    prompts.push('The agencies leaned the same way on the map. Is that agreement, or a habit the agencies share?');
  const followed = pressure.find((p) => p.followed);
  const heldOut = pressure.find((p) => !p.followed);
  if (followed)
    prompts.push(
      `At decision ${followed.turn} the game pressed for "${followed.pressed[0]}" and the room went with it (${followed.pressedVotes} of ${followed.votes} votes for pressed options). What did that pressure feel like from your seat?`,
    );
  if (heldOut)
    prompts.push(
      `At decision ${heldOut.turn} the room held out against the pressure (${heldOut.pressedVotes} of ${heldOut.votes} votes for pressed options). What made that possible, and would it hold at a real panel?`,
    );
  const differed = debrief.nameIts.find((n) => n.given && (n.given.where !== n.author.where || n.given.how !== n.author.how));
  if (differed)
    prompts.push(
      `The room read a proposal differently from the scenario's author ("${shortQuote(differed.proposal)}"). Whose reading would your agency's manager give, and why?`,
    );
  if (split)
    prompts.push(
      `The most-voted option at decision ${split.turn} had ${percent(split.winningShare)} of the votes. How does a panel carry out a decision some of its members voted against?`,
    );
  prompts.push('Which decision would you take back, and what would you need in place to make a different one?');
  return prompts;
}
