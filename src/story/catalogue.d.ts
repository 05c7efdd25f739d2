declare module 'virtual:story-catalogue' {
  import type { ScenarioMeta } from '../model/scenario.ts';
  export interface CatalogueEntry {
    id: string;
    meta: ScenarioMeta;
    load: () => Promise<string>;
  }
  export const catalogue: CatalogueEntry[];
}
