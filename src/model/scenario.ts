// What a scenario declares about itself (from the story's opening tags) and
// what each choice and line carries once its tags are read.
import type { DynamicEffects } from './dynamics';
import type { FacilitatorNote } from './facilitator-notes';
import type { Domain, How, Where } from './orientation';
import type { PlaceEffects } from './place';

export interface CastMember {
  name: string;
  role: string;
}

export interface ScenarioMeta {
  title: string;
  summary: string;
  themes: string[];
  minutes: string;
  site: string;
  setting: string;
  place: string;
  order: number;
  research: string[];
  cite: string[];
  cast: Record<string, CastMember>;
  start: DynamicEffects;
  placeStart: PlaceEffects;
  /** Services this area has commissioned; null when the story does not limit them. */
  commissioned: string[] | null;
  /** Partners at the table when the meeting starts. */
  present: string[];
  /** What the player should be able to do after playing: shown in the prebrief and revisited in the debrief. */
  objectives: string[];
  /** Facts the panel can find out (#learns) and options can need (#needs-known), with words for the player. */
  facts: Record<string, string>;
  /** For each agency seat (a cast id), the pressures it is under in this scenario: printed on its role card. */
  pressures: Record<string, string>;
}

/**
 * What the title screen shows of a scenario, and all the game needs of it
 * before one is chosen: the rest of its meta (research, cast, pressures,
 * objectives, facts) is many times larger and arrives with the choice.
 */
export type ScenarioCard = Pick<ScenarioMeta, 'title' | 'summary' | 'minutes' | 'setting' | 'order'>;

/** A scenario's card, taken from its meta (the build does this for the title's catalogue). */
export const cardOf = ({ title, summary, minutes, setting, order }: ScenarioCard): ScenarioCard => ({
  title,
  summary,
  minutes,
  setting,
  order,
});

/** The order scenarios are listed in on the title screen: by their `# order:` tag, then by title. */
export const byScenarioOrder = (
  a: { meta: Pick<ScenarioMeta, 'order' | 'title'> },
  b: { meta: Pick<ScenarioMeta, 'order' | 'title'> },
): number => a.meta.order - b.meta.order || a.meta.title.localeCompare(b.meta.title);

export interface ChoiceTags {
  /** null for an unscored choice (information gathering, declining to act): not drawn on the map. */
  where: Where | null;
  how: How | null;
  /** The author's one-sentence reason for reading it as this WHERE and HOW. */
  reading: string | null;
  /** The reading is arguable: a point for discussion, not a right answer. */
  contested: boolean;
  /** The author marks this as what a room reaches for under anxiety. */
  pressure: boolean;
  /** The choice sets the panel's goal; its WHERE and HOW say what kind of change the goal seeks. */
  goal: boolean;
  /** Facts the panel finds out by making this choice. */
  learns: string[];
  /** Facts the panel must have found out first. */
  needsKnown: string[];
  /** The author's words for what this option costs and what it brings. */
  costs: string[];
  benefits: string[];
  /** The choice puts an action into the panel's plan. */
  adopt: boolean;
  agency: string | null;
  domains: Domain[];
  effects: DynamicEffects;
  /** What the action does to the place at the next time skip (defaults by quadrant when empty). */
  place: PlaceEffects;
  /** Partners who must be at the table for this to be possible. */
  needs: string[];
  needsTrust: number | null;
  /** The commissioned service this relies on. */
  service: string | null;
  /** Partners this choice brings to the table. */
  brings: string[];
  /** A reflective pause: costs time, lowers anxiety, raises trust. */
  pause: boolean;
  /** A key decision: the debrief shows the road not taken here. */
  key: boolean;
}

export interface LineTags {
  speaker: string | null;
  scene: string | null;
  section: string | null;
  timeskip: string | null;
  ending: string | null;
  effects: DynamicEffects;
  /** Ask the player to name the WHERE and HOW of the proposal just described. */
  nameIt: { where: Where; how: How } | null;
  /** Features the context map shows from this line on, e.g. "shelter-moved". */
  map: string[];
  /** Facts the panel finds out on this line. */
  learns: string[];
  /** With name-it: the author's reason for that reading, and whether it is contested. */
  reading: string | null;
  contested: boolean;
  /** Notes for the facilitator (the console only): a decision's, or a time skip's on its banner line. */
  facilitator: FacilitatorNote | null;
}
