// The save as a learning system keeps it (SCORM's suspend_data): the
// scenario, the seed, the story build and each decision, in a few
// characters each, so the longest path of any scenario fits the 4,096
// characters SCORM 1.2 allows (LMSs that cut longer data break resume).
// A decision is kept as a short key of its choice id (where the option sits
// and its words) plus its index, so an edited story is matched by the option
// itself, as a device save is. The player's reasons are NOT kept here: they
// are free text, and the journal stays the learner's.
//
// Format, fields joined by "~":
//   r1 ~ scenario id ~ seed (base 36) ~ build ~ active seconds (base 36) ~ events
// Events joined by ".": a decision is its 4-character key, its index in
// base 36 and "+" when a room decided; a naming is "n" and 0–4 (0: not named).
//
// The package with the scenario list keeps one such save per started
// scenario, joined by "|", the latest last, so a learner who starts two
// scenarios resumes both (every scenario's longest path together still fits).

import type { SavedEvent } from './save-schema.ts';

/** SCORM 1.2's limit for cmi.suspend_data (CMIString4096). */
export const SCORM12_SUSPEND_LIMIT = 4096;

const FORMAT = 'r1';
const KEY_LENGTH = 4;
const NAMINGS = [
  null,
  { where: 'individual', how: 'behaviour' },
  { where: 'individual', how: 'ecological' },
  { where: 'context', how: 'behaviour' },
  { where: 'context', how: 'ecological' },
] as const;

/** A decision as the LMS keeps it: the key of its choice id instead of the id. */
export type SuspendedEvent =
  | { type: 'choose'; index: number; key: string | null; by?: 'room' }
  | { type: 'name'; given: Extract<SavedEvent, { type: 'name' }>['given'] };

export interface SuspendedPlay {
  scenarioId: string;
  seed: number;
  build: string | null;
  activeMs: number;
  events: SuspendedEvent[];
}

export type SuspendRead = { ok: true; play: SuspendedPlay } | { ok: false; problem: string };

/** Four base-36 characters from a 20-bit FNV-1a hash of a choice id: enough to tell apart the options at one point. */
export function choiceKey(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return ((hash >>> 0) & 0xfffff).toString(36).padStart(KEY_LENGTH, '0');
}

function namingCode(given: Extract<SavedEvent, { type: 'name' }>['given']): number {
  if (!given) return 0;
  return NAMINGS.findIndex((n) => n !== null && n.where === given.where && n.how === given.how);
}

export function encodeSuspend(play: {
  scenarioId: string;
  seed: number;
  build: string | null;
  activeMs: number;
  events: readonly SavedEvent[];
}): string {
  const events = play.events.map((event) => {
    if (event.type === 'name') return `n${namingCode(event.given)}`;
    const key = event.id === undefined ? '----' : choiceKey(event.id);
    return `${key}${event.index.toString(36)}${event.by === 'room' ? '+' : ''}`;
  });
  const seconds = Math.round(play.activeMs / 1000).toString(36);
  return [FORMAT, play.scenarioId, play.seed.toString(36), play.build ?? '', seconds, events.join('.')].join('~');
}

const EVENT = /^(?:n([0-4])|([0-9a-z]{4}|-{4})([0-9a-z]{1,2})(\+?))$/;

/** Reads suspend_data; anything that is not a save this game wrote is a plain-words problem, never an exception. */
export function decodeSuspend(raw: string): SuspendRead {
  const damaged = (what: string): SuspendRead => ({
    ok: false,
    problem: `The progress kept by your learning system is damaged (${what}).`,
  });
  const parts = raw.split('~');
  if (parts[0] !== FORMAT || parts.length !== 6) return damaged('it is not a save from this game');
  const [, scenarioId = '', seed36 = '', build = '', seconds36 = '', list = ''] = parts;
  if (!/^[a-z0-9-]{1,80}$/.test(scenarioId)) return damaged('no scenario');
  if (!/^[0-9a-z]{1,8}$/.test(seed36)) return damaged('no seed');
  if (build && !/^[0-9a-z]{1,40}$/.test(build)) return damaged('no story build');
  if (!/^[0-9a-z]{1,8}$/.test(seconds36)) return damaged('no time spent');
  const events: SuspendedEvent[] = [];
  for (const token of list ? list.split('.') : []) {
    const match = EVENT.exec(token);
    if (!match) return damaged('a decision cannot be read');
    const [, naming, key, index36, room] = match;
    if (naming !== undefined) events.push({ type: 'name', given: NAMINGS[Number(naming)] ?? null });
    else
      events.push({
        type: 'choose',
        index: parseInt(index36 ?? '0', 36),
        key: key === '----' ? null : (key ?? null),
        ...(room ? { by: 'room' as const } : {}),
      });
  }
  return {
    ok: true,
    play: { scenarioId, seed: parseInt(seed36, 36), build: build || null, activeMs: parseInt(seconds36, 36) * 1000, events },
  };
}

const SAVES_SEPARATOR = '|';

/** Each scenario's save in suspend_data (the latest last); a damaged one is a problem, the others still read. */
export function readSaves(raw: string): { saves: SuspendedPlay[]; problems: string[] } {
  const saves: SuspendedPlay[] = [];
  const problems: string[] = [];
  for (const part of raw ? raw.split(SAVES_SEPARATOR) : []) {
    const read = decodeSuspend(part);
    if (read.ok) saves.push(read.play);
    else problems.push(read.problem);
  }
  return { saves, problems };
}

/**
 * suspend_data with this scenario's save put last (or taken out, for null),
 * the other scenarios' saves kept as they were. A damaged part is dropped:
 * it could not be resumed anyway, and it would only take room.
 */
export function keepSave(raw: string, scenarioId: string, save: string | null): string {
  const others = (raw ? raw.split(SAVES_SEPARATOR) : []).filter((part) => {
    const read = decodeSuspend(part);
    return read.ok && read.play.scenarioId !== scenarioId;
  });
  return [...others, ...(save ? [save] : [])].join(SAVES_SEPARATOR);
}
