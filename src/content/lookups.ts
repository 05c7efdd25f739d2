// How the game finds an agency, a place or a section title in the content.
// Pure, so the views, the stage, the sound and the tests share one answer.
import type { Agency, Layout, Place, Point, ScenarioContent, Shape } from './content-types.ts';

const asWords = (id: string) => id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

export function agencyOf(content: ScenarioContent, id: string): Agency | null {
  return Object.hasOwn(content.agencies, id) ? content.agencies[id]! : null;
}

/** The name on an agency's seat; an id the data lacks is shown as written (the checker reports it). */
export const agencyLabel = (content: ScenarioContent, id: string): string => agencyOf(content, id)?.label ?? asWords(id);

const GREY = 0x5a6a7a;

export function agencyColour(content: ScenarioContent, id: string): number {
  return id === 'you' ? content.you.colour : (agencyOf(content, id)?.colour ?? GREY);
}

/** Cast members drawn at a seat in the panel room: agencies that sit at the table. */
export const hasSeat = (content: ScenarioContent, id: string): boolean => agencyOf(content, id)?.seat ?? false;

export function sectionTitle(content: ScenarioContent, slug: string | null): string {
  if (!slug) return 'The panel';
  return Object.hasOwn(content.sections, slug) ? content.sections[slug]! : asWords(slug);
}

export function placeOf(content: ScenarioContent, id: string | null): Place | null {
  return id && Object.hasOwn(content.places, id) ? content.places[id]! : null;
}

/** The sound file looped in the room or at a place, or null for silence. */
export function ambienceOf(content: ScenarioContent, place: string | null): string | null {
  if (place === 'room') return content.room.ambience;
  return placeOf(content, place)?.ambience ?? null;
}

/** A place the data does not know (the checker reports it) is drawn bare, never as another place. */
export const BARE_LAYOUT: Layout = {
  background: 0x3b4250,
  gathering: [{ x: 480, y: 260, when: null }],
  edge: { x: 900, y: 395 },
  shapes: [],
};

export const layoutOf = (content: ScenarioContent, place: string | null): Layout => placeOf(content, place)?.layout ?? BARE_LAYOUT;

export function shapeShown(shape: Shape, features: readonly string[]): boolean {
  return (shape.when === null || features.includes(shape.when)) && !shape.unless.some((f) => features.includes(f));
}

/** Where the young people gather, given what the plan has changed there. */
export function gatheringOf(layout: Layout, features: readonly string[]): Point {
  const spot = layout.gathering.find((g) => g.when !== null && features.includes(g.when)) ?? layout.gathering.find((g) => g.when === null);
  return spot ? { x: spot.x, y: spot.y } : { x: 480, y: 260 };
}
