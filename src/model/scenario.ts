// What a scenario declares about itself (from the story's opening tags) and
// what each choice and line carries once its tags are read.
import type { DynamicEffects } from './dynamics.ts';
import type { Domain, How, Where } from './orientation.ts';

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
}

export interface ChoiceTags {
  where: Where;
  how: How;
  /** The choice puts an action into the panel's plan. */
  adopt: boolean;
  agency: string | null;
  domains: Domain[];
  effects: DynamicEffects;
}

export interface LineTags {
  speaker: string | null;
  scene: string | null;
  section: string | null;
  timeskip: string | null;
  ending: string | null;
  effects: DynamicEffects;
}
