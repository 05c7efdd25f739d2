// Saved games. A save is the scenario, the seed and the player's events:
// replaying them rebuilds every line and number exactly, so saves stay tiny
// and cannot drift out of step with the story. Reading a save never throws:
// anything that is not a valid save comes back as a plain-words problem.
// Since format 3 a save also names the story build it was made on and each
// decision's stable choice id, so a resume can tell when the story was edited.

import { WHY_MAX } from './player-text.ts';

export const SAVE_VERSION = 3;

export type SavedEvent =
  /** `id` names the option (its place in the story and its words); saves before format 3 have none. */
  | { type: 'choose'; index: number; id?: string; why?: string; by?: 'room' }
  | { type: 'name'; given: { where: 'individual' | 'context'; how: 'behaviour' | 'ecological' } | null };

export interface SaveGame {
  version: typeof SAVE_VERSION;
  scenarioId: string;
  title: string;
  seed: number;
  events: SavedEvent[];
  /** ISO date and time of the last save. */
  savedAt: string;
  /** Time spent reading and deciding so far, in milliseconds (long idle gaps capped). */
  activeMs: number;
  /** A content hash of the compiled story the save was made on; null for saves from before format 3. */
  build: string | null;
  /** Changes on every write, so a tab can tell that another tab wrote since (compare-and-set). */
  rev: string;
}

export type SaveRead = { ok: true; save: SaveGame } | { ok: false; problem: string };

/**
 * Upgrades a save from each earlier version to the next.
 * 1 → 2: saves began to keep the time spent; a version 1 save did not record
 * it, so it starts from nothing rather than from a guess.
 * 2 → 3: saves began to name their story build and their choices; an older
 * save's build is unknown (null), so it replays by index, checked for range.
 */
export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: (old) => ({ ...old, activeMs: 0 }),
  2: (old) => ({ ...old, build: null, rev: '' }),
};

/** A day: no scenario takes longer, so anything above it is damage. */
const MAX_ACTIVE_MS = 24 * 60 * 60 * 1000;

const MAX_SAVE_LENGTH = 200_000;
const MAX_EVENTS = 500;
const MAX_ID = 600;

function isEvent(value: unknown): value is SavedEvent {
  if (!value || typeof value !== 'object') return false;
  const event = value as Record<string, unknown>;
  if (event.type === 'choose') {
    const why = event.why === undefined || (typeof event.why === 'string' && event.why.length <= WHY_MAX);
    const id = event.id === undefined || (typeof event.id === 'string' && event.id.length <= MAX_ID);
    const by = event.by === undefined || event.by === 'room';
    return why && id && by && Number.isInteger(event.index) && (event.index as number) >= 0 && (event.index as number) < 100;
  }
  if (event.type !== 'name') return false;
  if (event.given === null) return true;
  const given = event.given as Record<string, unknown> | undefined;
  return (
    Boolean(given) &&
    ['individual', 'context'].includes(given?.where as string) &&
    ['behaviour', 'ecological'].includes(given?.how as string)
  );
}

export function readSave(raw: string | null): SaveRead {
  if (raw === null) return { ok: false, problem: 'There is no save.' };
  if (raw.length > MAX_SAVE_LENGTH) return { ok: false, problem: 'The save is far larger than any real save, so it was not opened.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'The save is damaged (it is not complete or not readable).' };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return { ok: false, problem: 'The save is damaged (it is not a saved game).' };
  let value = parsed as Record<string, unknown>;
  if (typeof value.version !== 'number') return { ok: false, problem: 'The save has no version, so it cannot be read safely.' };
  if (value.version > SAVE_VERSION)
    return { ok: false, problem: `The save comes from a newer version of the game (save format ${value.version}).` };
  for (let version = value.version; version < SAVE_VERSION; version += 1) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return { ok: false, problem: `The save's format (${version}) is not one this game can upgrade.` };
    value = { ...migrate(value), version: version + 1 };
  }
  const { scenarioId, title, seed, events, savedAt, activeMs, build, rev } = value;
  if (typeof scenarioId !== 'string' || !/^[a-z0-9-]{1,80}$/.test(scenarioId))
    return { ok: false, problem: 'The save does not say which scenario it belongs to.' };
  if (typeof title !== 'string' || title.length > 200) return { ok: false, problem: 'The save has a damaged title.' };
  if (!Number.isInteger(seed)) return { ok: false, problem: 'The save has a damaged seed.' };
  if (!Array.isArray(events) || events.length > MAX_EVENTS || !events.every(isEvent))
    return { ok: false, problem: 'The save has damaged decisions.' };
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return { ok: false, problem: 'The save has a damaged date.' };
  if (typeof activeMs !== 'number' || !(activeMs >= 0 && activeMs <= MAX_ACTIVE_MS))
    return { ok: false, problem: 'The save has a damaged record of time spent.' };
  if (build !== null && !(typeof build === 'string' && /^[0-9a-z]{1,40}$/.test(build)))
    return { ok: false, problem: 'The save has a damaged record of the story it was made on.' };
  if (typeof rev !== 'string' || rev.length > 40) return { ok: false, problem: 'The save has a damaged revision mark.' };
  return {
    ok: true,
    save: { version: SAVE_VERSION, scenarioId, title, seed: seed as number, events: events as SavedEvent[], savedAt, activeMs, build, rev },
  };
}

export function writeSave(save: Omit<SaveGame, 'version'>): string {
  return JSON.stringify({ version: SAVE_VERSION, ...save });
}

/** The events with the last decision (and any naming that came with it) taken back. */
export function withoutLastDecision(events: readonly SavedEvent[]): SavedEvent[] {
  const last = events.map((e) => e.type).lastIndexOf('choose');
  if (last < 0) return [];
  let cut = last;
  // Naming belongs to the decision that follows it, so it goes too.
  while (cut > 0 && events[cut - 1]?.type === 'name') cut -= 1;
  return events.slice(0, cut);
}
