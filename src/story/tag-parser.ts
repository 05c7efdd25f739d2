// The one place ink tags become typed data. Unknown keys and bad values are
// errors, so a typo in a story is caught by the story tests, never shown to a
// player as silent nonsense.
import { DYNAMIC_TAG_NAMES } from '../model/dynamics.ts';
import type { DynamicEffects } from '../model/dynamics.ts';
import { DOMAIN_VALUES, HOW_VALUES, WHERE_VALUES, isDomain, isHow, isWhere } from '../model/orientation.ts';
import { PLACE_NAMES } from '../model/place.ts';
import type { PlaceEffects, PlaceName } from '../model/place.ts';
import type { ChoiceTags, LineTags, ScenarioMeta } from '../model/scenario.ts';

import type { TagError } from '../play/story-port.ts';

export type { TagError };

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

const CHOICE_KEYS = ['where', 'how', 'why', 'contested', 'pressure', 'unscored', 'goal', 'learns', 'needs-known', 'cost', 'benefit',
  'adopt', 'agency', 'domain', 'needs', 'needs-trust', 'service', 'brings', 'pause', 'key', ...Object.keys(DYNAMIC_TAG_NAMES), ...PLACE_NAMES];

// Text an author writes into a tag: the reading, a cost, a benefit.
function readText(tag: Tag, errors: TagError[]): string | null {
  if (tag.value) return tag.value;
  errors.push({ tag: tag.raw, message: `"${tag.key}" needs a few words after the colon` });
  return null;
}

type ChoiceDraft = Omit<ChoiceTags, 'where' | 'how'> & { where?: ChoiceTags['where']; how?: ChoiceTags['how']; unscored: boolean };

function emptyChoice(): ChoiceDraft {
  return {
    adopt: false, agency: null, domains: [], effects: {}, place: {}, needs: [], needsTrust: null, service: null, brings: [],
    pause: false, key: false, reading: null, contested: false, pressure: false, goal: false, learns: [], needsKnown: [],
    costs: [], benefits: [], unscored: false,
  };
}

function readChoiceTag(tag: Tag, result: ChoiceDraft, errors: TagError[]): void {
  const { raw } = tag;
  switch (tag.key) {
    case 'where':
      if (isWhere(tag.value)) result.where = tag.value;
      else errors.push({ tag: raw, message: `"where" must be one of ${WHERE_VALUES.join(', ')}` });
      return;
    case 'how':
      if (isHow(tag.value)) result.how = tag.value;
      else errors.push({ tag: raw, message: `"how" must be one of ${HOW_VALUES.join(', ')}` });
      return;
    case 'adopt': case 'pause': case 'key': case 'contested': case 'pressure': case 'goal': case 'unscored':
      result[tag.key] = readFlag(tag, errors);
      return;
    case 'why':
      result.reading = readText(tag, errors);
      return;
    case 'cost': case 'benefit': {
      const text = readText(tag, errors);
      if (text) (tag.key === 'cost' ? result.costs : result.benefits).push(text);
      return;
    }
    case 'needs': case 'brings': case 'learns': case 'needs-known': {
      const name = readSlug(tag, errors);
      const list = { needs: result.needs, brings: result.brings, learns: result.learns, 'needs-known': result.needsKnown }[tag.key];
      if (name) list.push(name);
      return;
    }
    case 'service':
      result.service = readSlug(tag, errors);
      return;
    case 'needs-trust':
      if (/^\d{1,2}$/.test(tag.value)) result.needsTrust = Number(tag.value);
      else errors.push({ tag: raw, message: '"needs-trust" needs a whole number from 0 to 10' });
      return;
    case 'agency':
      result.agency = readSlug(tag, errors);
      return;
    case 'domain':
      if (isDomain(tag.value)) result.domains.push(tag.value);
      else errors.push({ tag: raw, message: `"domain" must be one of ${DOMAIN_VALUES.join(', ')}` });
      return;
    default:
      errors.push(unknown(tag, CHOICE_KEYS));
  }
}

/**
 * A scored choice says WHERE and HOW; an unscored one (information
 * gathering, declining to act) says neither and is not drawn on the map.
 */
export function parseChoiceTags(rawTags: readonly string[]): Parsed<ChoiceTags | null> {
  const errors: TagError[] = [];
  const result = emptyChoice();
  for (const raw of rawTags) {
    const tag = splitTag(raw);
    if (readEffect(tag, result.effects, errors)) continue;
    if (readPlaceEffect(tag, result.place, errors)) continue;
    readChoiceTag(tag, result, errors);
  }
  const { unscored, where, how, ...rest } = result;
  if (unscored) {
    if (where || how || rest.reading || rest.contested) {
      errors.push({ tag: '#unscored', message: 'an #unscored choice has no #where, #how, #why or #contested: it is not read on the map' });
    }
    if (rest.adopt || rest.goal) errors.push({ tag: '#unscored', message: 'an action the panel adopts, or a goal, is always scored: give it #where and #how instead of #unscored' });
    return { value: { ...rest, where: null, how: null, reading: null, contested: false }, errors };
  }
  if (!where) errors.push({ tag: '', message: 'every choice needs a #where: tag (individual or context), or #unscored for information gathering or declining to act' });
  if (!how) errors.push({ tag: '', message: 'every choice needs a #how: tag (behaviour or ecological), or #unscored for information gathering or declining to act' });
  if (!where || !how) return { value: null, errors };
  return { value: { ...rest, where, how }, errors };
}

const LINE_KEYS = ['speaker', 'scene', 'section', 'timeskip', 'ending', 'name-it', 'map', 'learns', 'why', 'contested', ...Object.keys(DYNAMIC_TAG_NAMES)];

export function parseLineTags(rawTags: readonly string[]): Parsed<LineTags> {
  const errors: TagError[] = [];
  const value: LineTags = {
    speaker: null, scene: null, section: null, timeskip: null, ending: null, effects: {}, nameIt: null, map: [], learns: [], reading: null, contested: false,
  };
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
  if ((value.reading || value.contested) && !value.nameIt) {
    errors.push({ tag: '#why', message: 'on a line, #why and #contested go with #name-it (they explain the author\'s reading of the proposal)' });
  }
  return { value, errors };
}

const META_KEYS = ['title', 'summary', 'themes', 'minutes', 'site', 'setting', 'place', 'order', 'research', 'cite', 'cast', 'start', 'commissioned', 'present', 'objectives', 'fact'];
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
    order: 100, research: [], cite: [], cast: {}, start: {}, placeStart: {}, commissioned: null, present: [], objectives: [], facts: {},
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
      case 'research': case 'cite': case 'objectives':
        meta[tag.key].push(tag.value);
        break;
      case 'fact':
        parseFact(tag, meta, errors);
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
