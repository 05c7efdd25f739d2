// Scenario content that is data, not code: the agencies at the table, the
// places a story happens in and the story's section titles. A trainer adds an
// agency or a place by editing assets/agencies.json or assets/places.json
// (see assets/README.md); the checker and the game read the same files.

export interface Agency {
  /** Shown on the agency's seat in the panel room. */
  label: string;
  /** 0xrrggbb, for its figure in the panel room. */
  colour: number;
  /** Drawn at a seat in the panel room when at the table (residents, for one, are not). */
  seat: boolean;
  /** For its role card, in plain words: what it is there to do ("" when the file has none; the checker asks for it). */
  remit: string;
  /** What it usually reaches for when something must be done. */
  reachesFor: string;
  /** What, and to whom, it must answer for. */
  accountableFor: string;
}

/** The role card fields of an agency, as named in agencies.json. */
export const CARD_FIELDS = { remit: 'remit', reachesFor: 'reaches-for', accountableFor: 'accountable-for' } as const;

/** A drawing on the context map, shown only when its `when` feature is on and none of its `unless` features are. */
export type Shape = (
  | { draw: 'rect'; x: number; y: number; w: number; h: number; colour: number }
  | { draw: 'triangle'; points: [number, number, number, number, number, number]; colour: number }
  | { draw: 'label'; x: number; y: number; text: string }
  | { draw: 'lamp'; x: number; y: number; litBy: string | null }
  | { draw: 'wifi'; x: number; y: number }
) & {
  when: string | null;
  unless: string[];
  /** Drawn this many times, each `step` further right. */
  repeat: number;
  step: number;
};

export interface Point {
  x: number;
  y: number;
}

export interface Layout {
  background: number;
  /** Where the young people gather: the first whose feature is on (one without `when` is the default). */
  gathering: (Point & { when: string | null })[];
  /** Where the cars of those who would harm them wait. */
  edge: Point;
  shapes: Shape[];
}

export interface Place {
  label: string;
  /** A file in public/audio, looped while the story is there; null for silence. */
  ambience: string | null;
  layout: Layout;
}

export interface ScenarioContent {
  agencies: Record<string, Agency>;
  /** The player's own seat. */
  you: { colour: number };
  places: Record<string, Place>;
  /** The panel room, where most of a story happens: not a place on the map. */
  room: { ambience: string | null };
  /** Titles for #section: names; others are shown as written. */
  sections: Record<string, string>;
}

/** The three files, as read from JSON. */
export interface RawContent {
  agencies: unknown;
  places: unknown;
  sections: unknown;
}

export const CONTENT_FILES = { agencies: 'agencies.json', places: 'places.json', sections: 'sections.json' } as const;
