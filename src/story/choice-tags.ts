// Choice tags: WHERE and HOW (or unscored), the author's reading, pressure,
// goals, what is known, costs and benefits, and the effects on the room and
// the place. Unknown keys and bad values are errors, never silent nonsense.
import { DYNAMIC_TAG_NAMES } from '../model/dynamics.ts';
import { DOMAIN_VALUES, HOW_VALUES, WHERE_VALUES, isDomain, isHow, isWhere } from '../model/orientation.ts';
import { PLACE_NAMES } from '../model/place.ts';
import type { ChoiceTags } from '../model/scenario.ts';
import type { TagError } from '../play/story-port.ts';
import { readEffect, readFlag, readPlaceEffect, readSlug, readText, splitTag, unknown } from './tag-reading.ts';
import type { Parsed, Tag } from './tag-reading.ts';

const CHOICE_KEYS = [
  'where',
  'how',
  'why',
  'contested',
  'pressure',
  'unscored',
  'goal',
  'learns',
  'needs-known',
  'cost',
  'benefit',
  'adopt',
  'agency',
  'domain',
  'needs',
  'needs-trust',
  'service',
  'brings',
  'pause',
  'key',
  ...Object.keys(DYNAMIC_TAG_NAMES),
  ...PLACE_NAMES,
];

type ChoiceDraft = Omit<ChoiceTags, 'where' | 'how'> & { where?: ChoiceTags['where']; how?: ChoiceTags['how']; unscored: boolean };

function emptyChoice(): ChoiceDraft {
  return {
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
    reading: null,
    contested: false,
    pressure: false,
    goal: false,
    learns: [],
    needsKnown: [],
    costs: [],
    benefits: [],
    unscored: false,
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
    case 'adopt':
    case 'pause':
    case 'key':
    case 'contested':
    case 'pressure':
    case 'goal':
    case 'unscored':
      result[tag.key] = readFlag(tag, errors);
      return;
    case 'why':
      result.reading = readText(tag, errors);
      return;
    case 'cost':
    case 'benefit': {
      const text = readText(tag, errors);
      if (text) (tag.key === 'cost' ? result.costs : result.benefits).push(text);
      return;
    }
    case 'needs':
    case 'brings':
    case 'learns':
    case 'needs-known': {
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
    if (rest.adopt || rest.goal)
      errors.push({
        tag: '#unscored',
        message: 'an action the panel adopts, or a goal, is always scored: give it #where and #how instead of #unscored',
      });
    return { value: { ...rest, where: null, how: null, reading: null, contested: false }, errors };
  }
  if (!where)
    errors.push({
      tag: '',
      message: 'every choice needs a #where: tag (individual or context), or #unscored for information gathering or declining to act',
    });
  if (!how)
    errors.push({
      tag: '',
      message: 'every choice needs a #how: tag (behaviour or ecological), or #unscored for information gathering or declining to act',
    });
  if (!where || !how) return { value: null, errors };
  return { value: { ...rest, where, how }, errors };
}
