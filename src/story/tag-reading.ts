// The pieces every tag reader shares: splitting a tag, and reading effects,
// flags, names and text with a plain message for each mistake.
import { DYNAMIC_TAG_NAMES } from '../model/dynamics.ts';
import type { DynamicEffects } from '../model/dynamics.ts';
import { isHow, isWhere } from '../model/orientation.ts';
import { PLACE_NAMES } from '../model/place.ts';
import type { PlaceEffects, PlaceName } from '../model/place.ts';
import type { TagError } from '../play/story-port.ts';

export interface Parsed<T> {
  value: T;
  errors: TagError[];
}

export interface Tag {
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

export const SIGNED_INT = /^[+-]?\d{1,3}$/;

export function readEffect(tag: Tag, effects: DynamicEffects, errors: TagError[]): boolean {
  const name = DYNAMIC_TAG_NAMES[tag.key];
  if (!name) return false;
  if (!SIGNED_INT.test(tag.value)) {
    errors.push({ tag: tag.raw, message: `"${tag.key}" needs a whole number such as +1 or -2, not "${tag.value}"` });
  } else {
    effects[name] = (effects[name] ?? 0) + Number(tag.value);
  }
  return true;
}

export function readPlaceEffect(tag: Tag, effects: PlaceEffects, errors: TagError[]): boolean {
  if (!(PLACE_NAMES as readonly string[]).includes(tag.key)) return false;
  if (!SIGNED_INT.test(tag.value)) {
    errors.push({ tag: tag.raw, message: `"${tag.key}" needs a whole number such as +1 or -2, not "${tag.value}"` });
  } else {
    const name = tag.key as PlaceName;
    effects[name] = (effects[name] ?? 0) + Number(tag.value);
  }
  return true;
}

export function readFlag(tag: Tag, errors: TagError[]): true {
  if (tag.value !== '') errors.push({ tag: tag.raw, message: `"${tag.key}" takes no value` });
  return true;
}

export function readOrientation(tag: Tag, errors: TagError[]): { where: 'individual' | 'context'; how: 'behaviour' | 'ecological' } | null {
  const [where = '', how = ''] = tag.value.split('-');
  if (isWhere(where) && isHow(how)) return { where, how };
  errors.push({ tag: tag.raw, message: `"${tag.key}" reads: ${tag.key}:context-behaviour (where, a dash, then how)` });
  return null;
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function readSlug(tag: Tag, errors: TagError[]): string | null {
  if (SLUG.test(tag.value)) return tag.value;
  errors.push({ tag: tag.raw, message: `"${tag.key}" needs a lower-case name with dashes, such as youth-work` });
  return null;
}

export function unknown(tag: Tag, known: readonly string[]): TagError {
  return { tag: tag.raw, message: `unknown tag "${tag.key}"; known tags here: ${known.join(', ')}` };
}

// Text an author writes into a tag: the reading, a cost, a benefit.
export function readText(tag: Tag, errors: TagError[]): string | null {
  if (tag.value) return tag.value;
  errors.push({ tag: tag.raw, message: `"${tag.key}" needs a few words after the colon` });
  return null;
}
