declare module 'virtual:story-catalogue' {
  import type { ScenarioMeta } from '../model/scenario.ts';
  export interface CatalogueEntry {
    id: string;
    meta: ScenarioMeta;
    load: () => Promise<string>;
  }
  export const catalogue: CatalogueEntry[];
}

declare module 'virtual:scenario-cards' {
  import type { ScenarioCard } from '../model/scenario.ts';
  /** What the title screen lists of each shipped scenario (tools/ink/scenario-cards-plugin.ts). */
  export const cards: { id: string; meta: ScenarioCard }[];
}
