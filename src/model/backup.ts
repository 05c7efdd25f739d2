// The journal backup: one file holding everything the game keeps for a player
// (journal entries, saved games in progress, settings), to carry to another
// device or browser. It names the game and its format, so a foreign file is
// recognised, and carries a checksum of its contents, so a file changed by
// hand (or cut short) is refused rather than half-restored. Reading a backup
// never throws: anything wrong comes back as one plain-words reason.
import { readJournalEntry } from './journal-schema.ts';
import type { JournalEntry } from './journal.ts';
import { readSave } from './save-schema.ts';
import type { SaveGame } from './save-schema.ts';
import { parseSettings } from './settings.ts';
import type { Settings } from './settings.ts';
import { contentHash } from './story-build.ts';

export const BACKUP_GAME = 'rules-at-play';
export const BACKUP_KIND = 'journal-backup';
export const BACKUP_FORMAT = 1;
/** Far above any real journal (an entry is a few tens of kilobytes), far below what would stall a phone. */
export const BACKUP_MAX_BYTES = 20 * 1024 * 1024;
const MAX_ENTRIES = 5000;
const MAX_SAVES = 500;

export interface BackupContents {
  journal: JournalEntry[];
  saves: SaveGame[];
  settings: Settings | null;
}

export interface BackupFile {
  game: typeof BACKUP_GAME;
  kind: typeof BACKUP_KIND;
  format: typeof BACKUP_FORMAT;
  /** ISO date and time the backup was made. */
  madeAt: string;
  /** A note for anyone who opens the file in a text editor. */
  note: string;
  /** contentHash of the contents as JSON: a file edited by hand no longer matches. */
  checksum: string;
  contents: BackupContents;
}

export type BackupRead = { ok: true; backup: BackupFile } | { ok: false; problem: string };

const NOTE =
  'A backup of a Rules at Play journal: the reflections, reasons and CPD notes written in the game, saved games and settings. It may hold personal reflections: keep it somewhere safe. Restore it from the journal screen of the game. Editing this file by hand makes the game refuse it.';

const checksumOf = (contents: BackupContents) => contentHash(JSON.stringify(contents));

export function makeBackup(contents: BackupContents, madeAt: Date): BackupFile {
  return {
    game: BACKUP_GAME,
    kind: BACKUP_KIND,
    format: BACKUP_FORMAT,
    madeAt: madeAt.toISOString(),
    note: NOTE,
    checksum: checksumOf(contents),
    contents,
  };
}

/** The file's text: indented, so a person opening it can see what it holds. */
export const writeBackup = (backup: BackupFile): string => `${JSON.stringify(backup, null, 1)}\n`;

/** `rules-at-play-journal-2026-11-27.json`. */
export const backupFileName = (madeAt: Date): string => `rules-at-play-journal-${madeAt.toISOString().slice(0, 10)}.json`;

const refuse = (problem: string): BackupRead => ({ ok: false, problem });

function readContents(raw: unknown): { ok: true; contents: BackupContents } | { ok: false; problem: string } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, problem: 'The file is damaged: it holds no journal.' };
  const c = raw as Record<string, unknown>;
  if (!Array.isArray(c.journal) || !Array.isArray(c.saves) || c.journal.length > MAX_ENTRIES || c.saves.length > MAX_SAVES)
    return { ok: false, problem: 'The file is damaged: its journal or saved games are missing.' };
  const journal: JournalEntry[] = [];
  for (const [i, value] of c.journal.entries()) {
    const read = readJournalEntry(JSON.stringify(value));
    if (!read.ok) return { ok: false, problem: `Journal entry ${i + 1} in the file cannot be read. ${read.problem}` };
    if (journal.some((e) => e.id === read.entry.id))
      return { ok: false, problem: `The file is damaged: it holds journal entry ${i + 1} twice.` };
    journal.push(read.entry);
  }
  const saves: SaveGame[] = [];
  for (const [i, value] of c.saves.entries()) {
    const read = readSave(JSON.stringify(value));
    if (!read.ok) return { ok: false, problem: `Saved game ${i + 1} in the file cannot be read. ${read.problem}` };
    if (saves.some((s) => s.scenarioId === read.save.scenarioId))
      return { ok: false, problem: `The file is damaged: it holds two saved games of "${read.save.title}".` };
    saves.push(read.save);
  }
  if (c.settings !== null && (typeof c.settings !== 'object' || Array.isArray(c.settings)))
    return { ok: false, problem: 'The file is damaged: its settings cannot be read.' };
  const settings = c.settings === null ? null : parseSettings(JSON.stringify(c.settings));
  return { ok: true, contents: { journal, saves, settings } };
}

/** Reads a file the player chose. `size` is the file's size in bytes, checked before anything else. */
export function readBackup(text: string, size: number = text.length): BackupRead {
  if (size > BACKUP_MAX_BYTES || text.length > BACKUP_MAX_BYTES)
    return refuse('The file is far larger than any journal backup, so it was not opened. Nothing was changed.');
  if (size === 0 || !text.trim()) return refuse('The file is empty. Nothing was changed.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse(
      'The file is damaged or incomplete: it may have been cut short while downloading or copying. Nothing was changed. Try the backup again from the device it came from.',
    );
  }
  const file = (parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {}) as Record<string, unknown>;
  if (file.game !== BACKUP_GAME || file.kind !== BACKUP_KIND)
    return refuse(
      'This is not a Rules at Play journal backup. Choose the file the game made with "Download a backup". Nothing was changed.',
    );
  if (typeof file.format !== 'number' || !Number.isInteger(file.format))
    return refuse('The backup does not say which format it is in, so it cannot be read safely. Nothing was changed.');
  if (file.format > BACKUP_FORMAT)
    return refuse(
      `The backup was made by a newer version of the game (backup format ${file.format}). Update the game on this device, then restore it. Nothing was changed.`,
    );
  if (file.format < BACKUP_FORMAT)
    return refuse(`The backup's format (${file.format}) is not one this game can read. Nothing was changed.`);
  if (typeof file.madeAt !== 'string' || Number.isNaN(Date.parse(file.madeAt)) || typeof file.checksum !== 'string')
    return refuse('The file is damaged: its date or its check is missing. Nothing was changed.');
  if (!file.contents || typeof file.contents !== 'object') return refuse('The file is damaged: it holds no journal. Nothing was changed.');
  // The check is over the contents as written, so any change to them, by hand or by damage, shows.
  if (contentHash(JSON.stringify(file.contents)) !== file.checksum)
    return refuse(
      'The file has been changed since the game made it (its check no longer matches), so it cannot be trusted. Nothing was changed. Use the file exactly as the game downloaded it.',
    );
  const contents = readContents(file.contents);
  if (!contents.ok) return refuse(`${contents.problem} Nothing was changed.`);
  return { ok: true, backup: { ...(file as unknown as BackupFile), contents: contents.contents } };
}
