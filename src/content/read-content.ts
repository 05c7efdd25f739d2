// Reads assets/agencies.json, places.json and sections.json into typed
// content, naming each mistake in plain words with its file, like the
// framework files: the checker prints the problems, the game keeps what reads.
import { CARD_FIELDS, CONTENT_FILES } from './content-types.ts';
import type { Agency, Layout, Place, RawContent, ScenarioContent, Shape } from './content-types.ts';
import { readColour } from './palette.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Agencies without a colour of their own. */
const DEFAULT_COLOUR = 0x5a6a7a;

type Problems = string[];
type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function entries(value: unknown, file: string, what: string, problems: Problems): [string, Obj][] {
  if (!isObject(value)) {
    problems.push(`${file}: ${what} must be an object of ids, such as { "police": { ... } }`);
    return [];
  }
  const found: [string, Obj][] = [];
  for (const [id, item] of Object.entries(value)) {
    if (!ID.test(id)) problems.push(`${file}: "${id}" is not an id: use lower-case words with dashes, such as youth-work`);
    else if (!isObject(item)) problems.push(`${file}: "${id}" must be an object`);
    else found.push([id, item]);
  }
  return found;
}

/** The role card's words; a field that is there but not words is a mistake, a missing one is left for the checker to ask for. */
function cardFields(id: string, item: Obj, problems: Problems): Pick<Agency, keyof typeof CARD_FIELDS> {
  const read = (key: string): string => {
    const value = item[key];
    if (value === undefined) return '';
    if (typeof value === 'string' && value.trim()) return value.trim();
    problems.push(`${CONTENT_FILES.agencies}: agency "${id}" has a "${key}" that is not a few words of text`);
    return '';
  };
  return { remit: read(CARD_FIELDS.remit), reachesFor: read(CARD_FIELDS.reachesFor), accountableFor: read(CARD_FIELDS.accountableFor) };
}

function readAgencies(raw: unknown, problems: Problems): Pick<ScenarioContent, 'agencies' | 'you'> {
  const file = CONTENT_FILES.agencies;
  const agencies: Record<string, Agency> = {};
  const top = isObject(raw) ? raw : {};
  if (!isObject(raw)) problems.push(`${file}: must be an object with "agencies" (and "you" for the player's seat)`);
  for (const [id, item] of entries(top.agencies, file, '"agencies"', problems)) {
    const colour = item.colour === undefined ? DEFAULT_COLOUR : readColour(item.colour);
    if (typeof item.label !== 'string' || !item.label.trim())
      problems.push(`${file}: agency "${id}" needs a "label": its name on its seat, such as "Youth work"`);
    else if (colour === null) problems.push(`${file}: agency "${id}" has a "colour" that is not "#rrggbb"`);
    else if (item.seat !== undefined && typeof item.seat !== 'boolean')
      problems.push(`${file}: agency "${id}" has a "seat" that is not true or false`);
    else agencies[id] = { label: item.label.trim(), colour, seat: item.seat !== false, ...cardFields(id, item, problems) };
  }
  const you = isObject(top.you) ? readColour(top.you.colour) : DEFAULT_COLOUR;
  if (you === null) problems.push(`${file}: "you" needs a "colour" such as "#d08c2f"`);
  return { agencies, you: { colour: you ?? DEFAULT_COLOUR } };
}

const numbers = (item: Obj, keys: readonly string[]) => keys.every((key) => isNumber(item[key]));

function readConditions(item: Obj): { when: string | null; unless: string[] } | null {
  const when = item.when ?? null;
  const unless = item.unless ?? [];
  if (when !== null && typeof when !== 'string') return null;
  if (!Array.isArray(unless) || !unless.every((u) => typeof u === 'string')) return null;
  return { when, unless };
}

function readShape(item: unknown, where: string, problems: Problems): Shape | null {
  const bad = (why: string) => {
    problems.push(`${where}: ${why}`);
    return null;
  };
  if (!isObject(item)) return bad('a shape must be an object such as { "draw": "rect", ... }');
  const conditions = readConditions(item);
  if (!conditions) return bad('"when" is one feature name and "unless" a list of them');
  const repeat = item.repeat ?? 1;
  const step = item.step ?? 0;
  if (!isNumber(repeat) || repeat < 1 || !isNumber(step)) return bad('"repeat" is a whole number from 1 and "step" a distance');
  const common = { ...conditions, repeat: Math.floor(repeat), step };
  const colour = readColour(item.colour);
  switch (item.draw) {
    case 'rect':
      if (!numbers(item, ['x', 'y', 'w', 'h']) || colour === null)
        return bad('a "rect" needs x, y, w, h and a "colour" (a palette name or "#rrggbb")');
      return { draw: 'rect', x: item.x as number, y: item.y as number, w: item.w as number, h: item.h as number, colour, ...common };
    case 'triangle': {
      const points = item.points;
      if (!Array.isArray(points) || points.length !== 6 || !points.every(isNumber) || colour === null)
        return bad('a "triangle" needs "points" [x1, y1, x2, y2, x3, y3] and a "colour"');
      return { draw: 'triangle', points: points as [number, number, number, number, number, number], colour, ...common };
    }
    case 'label':
      if (!numbers(item, ['x', 'y']) || typeof item.text !== 'string') return bad('a "label" needs x, y and "text"');
      return { draw: 'label', x: item.x as number, y: item.y as number, text: item.text, ...common };
    case 'lamp':
      if (!numbers(item, ['x', 'y']) || (item.litBy !== undefined && typeof item.litBy !== 'string'))
        return bad('a "lamp" needs x, y and may name the feature that lights it in "litBy"');
      return { draw: 'lamp', x: item.x as number, y: item.y as number, litBy: (item.litBy as string | undefined) ?? null, ...common };
    case 'wifi':
      if (!numbers(item, ['x', 'y'])) return bad('a "wifi" needs x and y');
      return { draw: 'wifi', x: item.x as number, y: item.y as number, ...common };
    default:
      return bad(`"draw" is one of rect, triangle, label, lamp, wifi (not ${JSON.stringify(item.draw)})`);
  }
}

function readLayout(raw: unknown, where: string, problems: Problems): Layout | null {
  const before = problems.length;
  if (!isObject(raw)) {
    problems.push(`${where}: needs a "layout" with "background", "gathering", "edge" and "shapes"`);
    return null;
  }
  const background = readColour(raw.background);
  if (background === null) problems.push(`${where}: "background" is a palette name or "#rrggbb"`);
  const gathering = Array.isArray(raw.gathering) ? raw.gathering : [];
  const spots = gathering.filter(
    (g): g is Obj => isObject(g) && numbers(g, ['x', 'y']) && (g.when === undefined || typeof g.when === 'string'),
  );
  if (!spots.length || spots.length !== gathering.length || !spots.some((g) => g.when === undefined)) {
    problems.push(
      `${where}: "gathering" lists where young people gather, [{ "x": 300, "y": 185 }], with one spot that has no "when" (the usual one)`,
    );
  }
  if (!isObject(raw.edge) || !numbers(raw.edge, ['x', 'y']))
    problems.push(`${where}: "edge" is where the cars wait: { "x": 900, "y": 395 }`);
  if (!Array.isArray(raw.shapes)) problems.push(`${where}: "shapes" is a list of drawings (it may be empty)`);
  const shapes = (Array.isArray(raw.shapes) ? raw.shapes : []).map((s, i) => readShape(s, `${where}, shape ${i + 1}`, problems));
  if (problems.length > before || background === null || !isObject(raw.edge)) return null;
  return {
    background,
    gathering: spots.map((g) => ({ x: g.x as number, y: g.y as number, when: (g.when as string | undefined) ?? null })),
    edge: { x: raw.edge.x as number, y: raw.edge.y as number },
    shapes: shapes.filter((s): s is Shape => s !== null),
  };
}

const readAmbience = (value: unknown) =>
  typeof value === 'string' && /^[\w.-]+\.(wav|mp3|ogg)$/.test(value) ? value : value === null ? null : undefined;

function readPlaces(raw: unknown, problems: Problems): Pick<ScenarioContent, 'places' | 'room'> {
  const file = CONTENT_FILES.places;
  const places: Record<string, Place> = {};
  const top = isObject(raw) ? raw : {};
  if (!isObject(raw)) problems.push(`${file}: must be an object with "places" (and "room" for the panel room's sound)`);
  for (const [id, item] of entries(top.places, file, '"places"', problems)) {
    const where = `${file}: place "${id}"`;
    const ambience = readAmbience(item.ambience ?? null);
    const layout = readLayout(item.layout, where, problems);
    if (id === 'room') problems.push(`${where}: "room" is the panel room, not a place on the map: choose another id`);
    else if (typeof item.label !== 'string' || !item.label.trim()) problems.push(`${where}: needs a "label", such as "The park"`);
    else if (ambience === undefined)
      problems.push(`${where}: "ambience" is a sound file in public/audio, such as "ambience-park.wav", or null`);
    else if (layout) places[id] = { label: item.label.trim(), ambience, layout };
  }
  const room = isObject(top.room) ? readAmbience(top.room.ambience ?? null) : null;
  if (room === undefined) problems.push(`${file}: "room" has an "ambience" that is not a sound file such as "ambience-room.wav"`);
  return { places, room: { ambience: room ?? null } };
}

function readSections(raw: unknown, problems: Problems): Record<string, string> {
  const file = CONTENT_FILES.sections;
  const sections: Record<string, string> = {};
  if (!isObject(raw)) problems.push(`${file}: must be an object of section names and titles, such as { "referral": "The referral" }`);
  for (const [id, title] of Object.entries(isObject(raw) ? raw : {})) {
    if (!ID.test(id) || typeof title !== 'string' || !title.trim())
      problems.push(`${file}: "${id}" needs a title in words, and a name of lower-case words with dashes`);
    else sections[id] = title.trim();
  }
  return sections;
}

/** Every problem is named; what reads is kept, so one bad entry does not lose the rest. */
export function readContent(raw: RawContent): { content: ScenarioContent; problems: string[] } {
  const problems: Problems = [];
  const content = {
    ...readAgencies(raw.agencies, problems),
    ...readPlaces(raw.places, problems),
    sections: readSections(raw.sections, problems),
  };
  return { content, problems };
}
