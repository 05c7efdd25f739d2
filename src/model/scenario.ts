// What a scenario declares about itself (from the story's opening tags) and
// what each choice and line carries once its tags are read.
import type { DynamicEffects } from './dynamics';
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
}

export interface ChoiceTags {
  where: Where;
  how: How;
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
}
