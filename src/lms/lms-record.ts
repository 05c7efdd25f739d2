// What the learning system is told, as SCORM data-model values: one
// interaction per decision (which decision, which option, its WHERE and
// HOW), session time, and the learner's optional comment. Pure: every field
// is made here within each version's type and length limits, so the runtime
// only sets them.
import { choiceKey } from '../model/lms-suspend.ts';
import type { Decision } from '../model/plan.ts';

export type ScormVersion = '1.2' | '2004';

/** The version's name for each element the game uses. */
export const ELEMENTS = {
  '1.2': {
    status: 'cmi.core.lesson_status',
    entry: 'cmi.core.entry',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    suspend: 'cmi.suspend_data',
    interactionCount: 'cmi.interactions._count',
  },
  '2004': {
    status: 'cmi.completion_status',
    entry: 'cmi.entry',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    suspend: 'cmi.suspend_data',
    interactionCount: 'cmi.interactions._count',
  },
} as const;

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'decision';
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Session time as SCORM 1.2's CMITimespan (HHHH:MM:SS.SS) or SCORM 2004's ISO 8601 duration. */
export function sessionTime(ms: number, version: ScormVersion): string {
  const total = Math.max(0, Math.floor(ms / 10)) / 100;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (version === '1.2') return `${pad(Math.min(hours, 9999), 4)}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
  return `PT${hours}H${minutes}M${Number(seconds.toFixed(2))}S`;
}

/** A moment as SCORM 1.2's CMITime (HH:MM:SS) or SCORM 2004's timestamp (to the second). */
export function moment(date: Date, version: ScormVersion): string {
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  if (version === '1.2') return time;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${time}`;
}

const WHERE_WORDS = { individual: 'the young person', context: 'the context' } as const;
const HOW_WORDS = { behaviour: 'behaviour-based', ecological: 'ecological' } as const;

/** The author's reading in words, as a trainer reads it in the LMS report. */
export function readingWords(decision: Pick<Decision, 'where' | 'how'>): string {
  if (!decision.where || !decision.how) return 'not placed on the map (information gathering or declining to act)';
  return `WHERE: ${WHERE_WORDS[decision.where]}; HOW: ${HOW_WORDS[decision.how]}`;
}

/** Where the option sits in the story (its knot and stitch), from its choice id. */
const placeOf = (choiceId: string) => choiceId.slice(0, Math.max(0, choiceId.indexOf('#'))) || 'story';

/** One decision point's IRI: the SCORM interaction id and the xAPI activity id are the same. */
export const decisionIri = (scenarioId: string, decision: Pick<Decision, 'turn'>, choiceId: string): string =>
  `urn:rules-at-play:${scenarioId}:d${decision.turn}-${slug(placeOf(choiceId))}`;

/**
 * The interaction for one decision, as element suffixes and values for
 * cmi.interactions.n. 1.2 has no description, so the option, WHERE and HOW
 * go in student_response (255 characters); 2004 keeps the option as the
 * learner response and the words in the description (250 characters).
 */
export function interactionFields(
  version: ScormVersion,
  scenarioId: string,
  decision: Decision,
  choiceId: string,
  at: Date,
): [string, string][] {
  const id = decisionIri(scenarioId, decision, choiceId);
  const option = `o${choiceKey(choiceId)}`;
  const where = decision.where ?? 'none';
  const how = decision.how ?? 'none';
  const extras = [decision.pressed ? 'pressed hard by the room' : '', decision.by === 'room' ? 'the room decided' : '']
    .filter(Boolean)
    .join('; ');
  const words = `${readingWords(decision)}${extras ? `; ${extras}` : ''}`;
  if (version === '1.2') {
    return [
      ['id', id],
      ['type', 'performance'],
      ['student_response', cut(`${option} ${where}/${how} "${decision.text}" ${words}`, 255)],
      ['result', 'neutral'],
      ['time', moment(at, '1.2')],
    ];
  }
  return [
    ['id', id],
    ['type', 'choice'],
    ['description', cut(`Decision ${decision.turn}: "${decision.text}". ${words}`, 250)],
    ['learner_response', `${option}.${where}.${how}`],
    ['result', 'neutral'],
    ['timestamp', moment(at, '2004')],
  ];
}

/** The comment element(s) for a learner's chosen summary (1.2 appends to cmi.comments). */
export function commentFields(version: ScormVersion, index: number, text: string, at: Date): [string, string][] {
  if (version === '1.2') return [['cmi.comments', cut(text, 4096)]];
  return [
    [`cmi.comments_from_learner.${index}.comment`, cut(text, 4000)],
    [`cmi.comments_from_learner.${index}.timestamp`, moment(at, '2004')],
  ];
}
