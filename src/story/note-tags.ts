// Facilitator notes, written as tags on their own lines above a decision's
// lead line (or a time skip's banner line):
//   # facilitator: The shelter decision
//   # facilitator-minutes: 8
//   # facilitator-point: ...            (1 to 4)
//   # facilitator-finding: ...          (the paper's finding, in your own words)
//   # facilitator-cite: Owens & Lloyd 2023, Findings
//   # facilitator-ask: ...              (1 or 2 questions for the room)
//   # facilitator-name-it-ask: ...      (optional: the question when the room reads a "Name it" differently)
// Tags are never text, so solo play shows none of it and no path changes.
import { NOTE_LIMITS } from '../model/facilitator-notes.ts';
import type { FacilitatorNote } from '../model/facilitator-notes.ts';
import type { TagError } from '../play/story-port.ts';
import type { Tag } from './tag-reading.ts';

export const NOTE_KEYS = [
  'facilitator',
  'facilitator-minutes',
  'facilitator-point',
  'facilitator-finding',
  'facilitator-cite',
  'facilitator-ask',
  'facilitator-name-it-ask',
] as const;

export interface NoteDraft {
  /** The raw tags read, so an error can point at the note by its first tag. */
  raw: string[];
  title: string | null;
  minutes: string | null;
  points: string[];
  finding: string | null;
  cite: string | null;
  questions: string[];
  nameItAsk: string | null;
}

export const emptyNote = (): NoteDraft => ({
  raw: [],
  title: null,
  minutes: null,
  points: [],
  finding: null,
  cite: null,
  questions: [],
  nameItAsk: null,
});

/** Reads one tag into the draft; false when it is not a facilitator tag. */
export function readNoteTag(tag: Tag, draft: NoteDraft, errors: TagError[]): boolean {
  if (!(NOTE_KEYS as readonly string[]).includes(tag.key)) return false;
  draft.raw.push(tag.raw.trim());
  if (!tag.value) {
    errors.push({ tag: tag.raw, message: `"${tag.key}" needs a few words after the colon` });
    return true;
  }
  const once = (field: 'title' | 'minutes' | 'finding' | 'cite' | 'nameItAsk') => {
    if (draft[field] !== null) errors.push({ tag: tag.raw, message: `a note has one "${tag.key}"; this one is written twice` });
    draft[field] = tag.value;
  };
  if (tag.key === 'facilitator') once('title');
  else if (tag.key === 'facilitator-minutes') once('minutes');
  else if (tag.key === 'facilitator-finding') once('finding');
  else if (tag.key === 'facilitator-cite') once('cite');
  else if (tag.key === 'facilitator-name-it-ask') once('nameItAsk');
  else if (tag.key === 'facilitator-point') draft.points.push(tag.value);
  else draft.questions.push(tag.value);
  return true;
}

/** The finished note, or null with each missing or malformed part in words; null without errors when the line has no note. */
export function finishNote(draft: NoteDraft, errors: TagError[]): FacilitatorNote | null {
  if (!draft.raw.length) return null;
  const at = draft.raw[0]!;
  const problems: string[] = [];
  if (!draft.title) problems.push('a title ("# facilitator: The moment in a few words") first');
  const minutes = Number(draft.minutes);
  if (!/^\d{1,2}$/.test(draft.minutes ?? '') || minutes < NOTE_LIMITS.minMinutes || minutes > NOTE_LIMITS.maxMinutes)
    problems.push(`"facilitator-minutes" as a whole number of minutes from ${NOTE_LIMITS.minMinutes} to ${NOTE_LIMITS.maxMinutes}`);
  if (!draft.points.length || draft.points.length > NOTE_LIMITS.maxPoints)
    problems.push(`1 to ${NOTE_LIMITS.maxPoints} talking points ("facilitator-point")`);
  if (!draft.finding) problems.push('the paper\'s finding behind the moment ("facilitator-finding"), in your own words');
  if (!draft.cite || !/owens\s*&\s*lloyd/i.test(draft.cite))
    problems.push('where the finding is ("facilitator-cite: Owens & Lloyd 2023, <section>")');
  if (draft.questions.length < NOTE_LIMITS.minQuestions || draft.questions.length > NOTE_LIMITS.maxQuestions)
    problems.push(`${NOTE_LIMITS.minQuestions} or ${NOTE_LIMITS.maxQuestions} questions for the room ("facilitator-ask")`);
  for (const question of [...draft.questions, ...(draft.nameItAsk === null ? [] : [draft.nameItAsk])])
    if (!question.endsWith('?')) problems.push(`questions that end with "?" (not "${question.slice(0, 40)}")`);
  if (problems.length) {
    errors.push({ tag: at, message: `this facilitator note needs ${problems.join('; ')}` });
    return null;
  }
  return {
    title: draft.title!,
    minutes,
    points: draft.points,
    finding: draft.finding!,
    cite: draft.cite!,
    questions: draft.questions,
    ...(draft.nameItAsk === null ? {} : { nameItAsk: draft.nameItAsk }),
  };
}
