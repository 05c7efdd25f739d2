// Where ink tags become typed data: lines and the story's own top tags here,
// choices in choice-tags.ts, the shared readers in tag-reading.ts. Unknown keys
// and bad values are errors, so a typo in a story is caught by the story
// tests, never shown to a player as silent nonsense.
import { DYNAMIC_TAG_NAMES } from '../model/dynamics.ts';
import { PLACE_NAMES } from '../model/place.ts';
import type { PlaceName } from '../model/place.ts';
import type { LineTags, ScenarioMeta } from '../model/scenario.ts';
import type { TagError } from '../play/story-port.ts';
import { SLUG, readEffect, readFlag, readOrientation, readSlug, readText, splitTag, unknown } from './tag-reading.ts';
import type { Parsed, Tag } from './tag-reading.ts';
import { NOTE_KEYS, emptyNote, finishNote, readNoteTag } from './note-tags.ts';

export type { TagError };
export type { Parsed } from './tag-reading.ts';
export { splitTag } from './tag-reading.ts';
export { parseChoiceTags } from './choice-tags.ts';

const LINE_KEYS = [
  'speaker',
  'scene',
  'section',
  'timeskip',
  'ending',
  'name-it',
  'map',
  'learns',
  'why',
  'contested',
  ...NOTE_KEYS,
  ...Object.keys(DYNAMIC_TAG_NAMES),
];

export function parseLineTags(rawTags: readonly string[]): Parsed<LineTags> {
  const errors: TagError[] = [];
  const value: LineTags = {
    speaker: null,
    scene: null,
    section: null,
    timeskip: null,
    ending: null,
    effects: {},
    nameIt: null,
    map: [],
    learns: [],
    reading: null,
    contested: false,
    facilitator: null,
  };
  const note = emptyNote();
  for (const raw of rawTags) {
    const tag = splitTag(raw);
    if (readEffect(tag, value.effects, errors)) continue;
    if (readNoteTag(tag, note, errors)) continue;
    switch (tag.key) {
      case 'speaker':
      case 'scene':
      case 'section':
      case 'ending':
        value[tag.key] = readSlug(tag, errors);
        break;
      case 'name-it':
        value.nameIt = readOrientation(tag, errors);
        break;
      case 'map':
      case 'learns': {
        const name = readSlug(tag, errors);
        if (name) value[tag.key].push(name);
        break;
      }
      case 'why':
        value.reading = readText(tag, errors);
        break;
      case 'contested':
        value.contested = readFlag(tag, errors);
        break;
      case 'timeskip':
        if (tag.value) value.timeskip = tag.value;
        else errors.push({ tag: raw, message: '"timeskip" needs a label, such as "Six weeks later"' });
        break;
      default:
        errors.push(unknown(tag, LINE_KEYS));
    }
  }
  value.facilitator = finishNote(note, errors);
  if ((value.reading || value.contested) && !value.nameIt) {
    errors.push({
      tag: '#why',
      message: "on a line, #why and #contested go with #name-it (they explain the author's reading of the proposal)",
    });
  }
  return { value, errors };
}

const META_KEYS = [
  'title',
  'summary',
  'themes',
  'minutes',
  'site',
  'setting',
  'place',
  'order',
  'research',
  'cite',
  'cast',
  'start',
  'commissioned',
  'present',
  'objectives',
  'fact',
  'pressures',
];
const REQUIRED_META = ['title', 'summary', 'themes', 'minutes', 'research', 'cite'] as const;

function parseCast(tag: Tag, meta: ScenarioMeta, errors: TagError[]): void {
  // "cast: police = Inspector Ruth Adeyemi, police inspector"
  const match = /^([a-z0-9-]+)\s*=\s*([^,]+),\s*(.+)$/.exec(tag.value);
  if (!match) {
    errors.push({ tag: tag.raw, message: '"cast" reads: cast: id = Name, role' });
    return;
  }
  const [, id, name, role] = match as unknown as [string, string, string, string];
  meta.cast[id] = { name: name.trim(), role: role.trim() };
}

function parseFact(tag: Tag, meta: ScenarioMeta, errors: TagError[]): void {
  // "fact: timetables = how many pupils are on part-time timetables"
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\s*=\s*(.+)$/.exec(tag.value);
  if (match) meta.facts[match[1]!] = match[2]!.trim();
  else errors.push({ tag: tag.raw, message: '"fact" reads: fact: name-with-dashes = what the panel finds out, in words' });
}

function parsePressures(tag: Tag, meta: ScenarioMeta, errors: TagError[]): void {
  // "pressures: police = a petition, three councillor emails and a live operation"
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\s*=\s*(.+)$/.exec(tag.value);
  if (match) meta.pressures[match[1]!] = match[2]!.trim();
  else
    errors.push({
      tag: tag.raw,
      message: '"pressures" reads: pressures: cast-id = what presses on that agency in this scenario, in words',
    });
}

function parseStart(tag: Tag, meta: ScenarioMeta, errors: TagError[]): void {
  // "start: risk 6, anxiety 5, trust 3, guardianship 2"
  for (const part of tag.value.split(',')) {
    const [key = '', amount = ''] = part.trim().split(/\s+/);
    const name = DYNAMIC_TAG_NAMES[key];
    const isPlace = (PLACE_NAMES as readonly string[]).includes(key);
    if ((!name && !isPlace) || !/^\d{1,3}$/.test(amount)) {
      errors.push({ tag: tag.raw, message: `"start" reads: start: risk 6, anxiety 5 (could not read "${part.trim()}")` });
    } else if (name) {
      meta.start[name] = Number(amount);
    } else {
      meta.placeStart[key as PlaceName] = Number(amount);
    }
  }
}

export function parseStoryTags(rawTags: readonly string[]): Parsed<ScenarioMeta> {
  const errors: TagError[] = [];
  const meta: ScenarioMeta = {
    title: '',
    summary: '',
    themes: [],
    minutes: '',
    site: '',
    setting: '',
    place: '',
    order: 100,
    research: [],
    cite: [],
    cast: {},
    start: {},
    placeStart: {},
    commissioned: null,
    present: [],
    objectives: [],
    facts: {},
    pressures: {},
  };
  const seen = new Set<string>();
  for (const raw of rawTags) {
    const tag = splitTag(raw);
    seen.add(tag.key);
    switch (tag.key) {
      case 'title':
      case 'summary':
      case 'minutes':
      case 'site':
      case 'setting':
      case 'place':
        meta[tag.key] = tag.value;
        break;
      case 'themes':
        meta.themes = tag.value
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean);
        break;
      case 'order':
        if (/^\d+$/.test(tag.value)) meta.order = Number(tag.value);
        else errors.push({ tag: raw, message: '"order" needs a whole number' });
        break;
      case 'research':
      case 'cite':
      case 'objectives':
        meta[tag.key].push(tag.value);
        break;
      case 'fact':
        parseFact(tag, meta, errors);
        break;
      case 'pressures':
        parsePressures(tag, meta, errors);
        break;
      case 'cast':
        parseCast(tag, meta, errors);
        break;
      case 'commissioned':
      case 'present': {
        const list = tag.value
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean);
        const bad = list.filter((item) => !SLUG.test(item));
        if (bad.length)
          errors.push({ tag: raw, message: `"${tag.key}" lists lower-case names with dashes; could not read ${bad.join(', ')}` });
        meta[tag.key] = list.filter((item) => SLUG.test(item));
        break;
      }
      case 'start':
        parseStart(tag, meta, errors);
        break;
      default:
        errors.push(unknown(tag, META_KEYS));
    }
  }
  for (const key of REQUIRED_META) {
    if (!seen.has(key)) errors.push({ tag: '', message: `the story needs a "# ${key}:" tag at the top` });
  }
  return { value: meta, errors };
}
