// The one place ink tags become typed data. Unknown keys and bad values are
// errors, so a typo in a story is caught by the story tests, never shown to a
// player as silent nonsense.
import { DYNAMIC_TAG_NAMES } from '../model/dynamics.ts';
import type { DynamicEffects } from '../model/dynamics.ts';
import { DOMAIN_VALUES, HOW_VALUES, WHERE_VALUES, isDomain, isHow, isWhere } from '../model/orientation.ts';
import { PLACE_NAMES } from '../model/place.ts';
import type { PlaceEffects, PlaceName } from '../model/place.ts';
import type { ChoiceTags, LineTags, ScenarioMeta } from '../model/scenario.ts';

export interface TagError {
  tag: string;
  message: string;
}

export interface Parsed<T> {
  value: T;
  errors: TagError[];
}

interface Tag {
  raw: string;
  key: string;
  value: string;
}

export function splitTag(raw: string): Tag {
  const trimmed = raw.trim();
  const colon = trimmed.indexOf(':');
  if (colon < 0) return { raw, key: trimmed.toLowerCase(), value: '' };
  return { raw, key: trimmed.slice(0, colon).trim().toLowerCase(), value: trimmed.slice(colon + 1).trim() };
}

const SIGNED_INT = /^[+-]?\d{1,3}$/;

function readEffect(tag: Tag, effects: DynamicEffects, errors: TagError[]): boolean {
  const name = DYNAMIC_TAG_NAMES[tag.key];
  if (!name) return false;
  if (!SIGNED_INT.test(tag.value)) {
    errors.push({ tag: tag.raw, message: `"${tag.key}" needs a whole number such as +1 or -2, not "${tag.value}"` });
  } else {
    effects[name] = (effects[name] ?? 0) + Number(tag.value);
  }
  return true;
}

function readPlaceEffect(tag: Tag, effects: PlaceEffects, errors: TagError[]): boolean {
  if (!(PLACE_NAMES as readonly string[]).includes(tag.key)) return false;
  if (!SIGNED_INT.test(tag.value)) {
    errors.push({ tag: tag.raw, message: `"${tag.key}" needs a whole number such as +1 or -2, not "${tag.value}"` });
  } else {
    const name = tag.key as PlaceName;
    effects[name] = (effects[name] ?? 0) + Number(tag.value);
  }
  return true;
}

function readFlag(tag: Tag, errors: TagError[]): true {
  if (tag.value !== '') errors.push({ tag: tag.raw, message: `"${tag.key}" takes no value` });
  return true;
}

function readOrientation(tag: Tag, errors: TagError[]): { where: 'individual' | 'context'; how: 'behaviour' | 'ecological' } | null {
  const [where = '', how = ''] = tag.value.split('-');
  if (isWhere(where) && isHow(how)) return { where, how };
  errors.push({ tag: tag.raw, message: `"${tag.key}" reads: ${tag.key}:context-behaviour (where, a dash, then how)` });
  return null;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function readSlug(tag: Tag, errors: TagError[]): string | null {
  if (SLUG.test(tag.value)) return tag.value;
  errors.push({ tag: tag.raw, message: `"${tag.key}" needs a lower-case name with dashes, such as youth-work` });
  return null;
}

function unknown(tag: Tag, known: readonly string[]): TagError {
  return { tag: tag.raw, message: `unknown tag "${tag.key}"; known tags here: ${known.join(', ')}` };
}

const CHOICE_KEYS = ['where', 'how', 'adopt', 'agency', 'domain', 'needs', 'needs-trust', 'service', 'brings', 'pause', 'key', ...Object.keys(DYNAMIC_TAG_NAMES), ...PLACE_NAMES];

export function parseChoiceTags(rawTags: readonly string[]): Parsed<ChoiceTags | null> {
  const errors: TagError[] = [];
  const result: Omit<ChoiceTags, 'where' | 'how'> & { where?: ChoiceTags['where']; how?: ChoiceTags['how'] } = {
    adopt: false,
    agency: null,
    domains: [],
    effects: {},
    place: {},
    needs: [],
    needsTrust: null,
    service: null,
    brings: [],
    pause: false,
    key: false,
  };
  for (const raw of rawTags) {
    const tag = splitTag(raw);
    if (readEffect(tag, result.effects, errors)) continue;
    if (readPlaceEffect(tag, result.place, errors)) continue;
    switch (tag.key) {
      case 'where':
        if (isWhere(tag.value)) result.where = tag.value;
        else errors.push({ tag: raw, message: `"where" must be one of ${WHERE_VALUES.join(', ')}` });
        break;
      case 'how':
        if (isHow(tag.value)) result.how = tag.value;
        else errors.push({ tag: raw, message: `"how" must be one of ${HOW_VALUES.join(', ')}` });
        break;
      case 'adopt':
        result.adopt = readFlag(tag, errors);
        break;
      case 'pause':
        result.pause = readFlag(tag, errors);
        break;
      case 'key':
        result.key = readFlag(tag, errors);
        break;
      case 'needs': {
        const partner = readSlug(tag, errors);
        if (partner) result.needs.push(partner);
        break;
      }
      case 'brings': {
        const partner = readSlug(tag, errors);
        if (partner) result.brings.push(partner);
        break;
      }
      case 'service':
        result.service = readSlug(tag, errors);
        break;
      case 'needs-trust':
        if (/^\d{1,2}$/.test(tag.value)) result.needsTrust = Number(tag.value);
        else errors.push({ tag: raw, message: '"needs-trust" needs a whole number from 0 to 10' });
        break;
      case 'agency':
        result.agency = readSlug(tag, errors);
        break;
      case 'domain':
        if (isDomain(tag.value)) result.domains.push(tag.value);
        else errors.push({ tag: raw, message: `"domain" must be one of ${DOMAIN_VALUES.join(', ')}` });
        break;
      default:
        errors.push(unknown(tag, CHOICE_KEYS));
    }
  }
  if (!result.where) errors.push({ tag: '', message: 'every choice needs a #where: tag (individual or context)' });
  if (!result.how) errors.push({ tag: '', message: 'every choice needs a #how: tag (behaviour or ecological)' });
  if (!result.where || !result.how) return { value: null, errors };
  return { value: { ...result, where: result.where, how: result.how }, errors };
}

const LINE_KEYS = ['speaker', 'scene', 'section', 'timeskip', 'ending', 'name-it', 'map', ...Object.keys(DYNAMIC_TAG_NAMES)];

export function parseLineTags(rawTags: readonly string[]): Parsed<LineTags> {
  const errors: TagError[] = [];
  const value: LineTags = { speaker: null, scene: null, section: null, timeskip: null, ending: null, effects: {}, nameIt: null, map: [] };
  for (const raw of rawTags) {
    const tag = splitTag(raw);
    if (readEffect(tag, value.effects, errors)) continue;
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
      case 'map': {
        const feature = readSlug(tag, errors);
        if (feature) value.map.push(feature);
        break;
      }
      case 'timeskip':
        if (tag.value) value.timeskip = tag.value;
        else errors.push({ tag: raw, message: '"timeskip" needs a label, such as "Six weeks later"' });
        break;
      default:
        errors.push(unknown(tag, LINE_KEYS));
    }
  }
  return { value, errors };
}

const META_KEYS = ['title', 'summary', 'themes', 'minutes', 'site', 'setting', 'place', 'order', 'research', 'cite', 'cast', 'start', 'commissioned', 'present'];
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
    title: '', summary: '', themes: [], minutes: '', site: '', setting: '', place: '',
    order: 100, research: [], cite: [], cast: {}, start: {}, placeStart: {}, commissioned: null, present: [],
  };
  const seen = new Set<string>();
  for (const raw of rawTags) {
    const tag = splitTag(raw);
    seen.add(tag.key);
    switch (tag.key) {
      case 'title': case 'summary': case 'minutes': case 'site': case 'setting': case 'place':
        meta[tag.key] = tag.value;
        break;
      case 'themes':
        meta.themes = tag.value.split(',').map((t) => t.trim()).filter(Boolean);
        break;
      case 'order':
        if (/^\d+$/.test(tag.value)) meta.order = Number(tag.value);
        else errors.push({ tag: raw, message: '"order" needs a whole number' });
        break;
      case 'research': case 'cite':
        meta[tag.key].push(tag.value);
        break;
      case 'cast':
        parseCast(tag, meta, errors);
        break;
      case 'commissioned':
      case 'present': {
        const list = tag.value.split(',').map((t) => t.trim()).filter(Boolean);
        const bad = list.filter((item) => !SLUG.test(item));
        if (bad.length) errors.push({ tag: raw, message: `"${tag.key}" lists lower-case names with dashes; could not read ${bad.join(', ')}` });
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
