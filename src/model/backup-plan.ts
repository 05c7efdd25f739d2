// What restoring a backup would change on this device, worked out before
// anything is written, so the player sees it first (counts and titles) and a
// second restore of the same file finds nothing to do. Nothing here loses
// writing: an entry already on the device gains the file's writing where it
// has none (the multi-tab merge, field by field, with the more recently
// edited copy winning where both wrote), and of two different saves of one
// scenario the newer takes the slot while the other is kept aside.
import type { BackupContents } from './backup.ts';
import { mergeEntry } from './journal-merge.ts';
import type { JournalEntry } from './journal.ts';
import { CPD_FIELDS, DEFAULT_ACTIVITY_TYPE } from './journal.ts';
import { GIBBS_STAGES } from './reflection-hints.ts';
import type { SaveGame } from './save-schema.ts';
import type { Settings } from './settings.ts';
import { contentHash } from './story-build.ts';

/** What the device holds now. */
export interface DeviceHolding {
  entries: readonly JournalEntry[];
  saves: readonly SaveGame[];
  /** True when this device has settings of its own (they are kept). */
  hasSettings: boolean;
  /** Keys of saves already kept aside (so a file's older save is kept aside once, not again). */
  asideKeys: ReadonlySet<string>;
}

export interface RestorePlan {
  /** Entries this device does not have. */
  addEntries: JournalEntry[];
  /** Entries it has, with the file's writing laid in: what to write. */
  mergeEntries: JournalEntry[];
  unchangedEntries: number;
  /** Saves of scenarios with no save here. */
  addSaves: SaveGame[];
  /** The file's save is newer: it takes the slot (if the device's is still at `expectedRev`), the device's is kept aside. */
  replaceSaves: { save: SaveGame; expectedRev: string }[];
  /** The device's save is newer: the file's is kept aside under `tag`. */
  asideSaves: { save: SaveGame; tag: string }[];
  unchangedSaves: number;
  /** Settings to use: only when this device has none of its own. */
  settings: Settings | null;
}

/** How many things restoring would add or change. */
export const planChanges = (plan: RestorePlan): number =>
  plan.addEntries.length +
  plan.mergeEntries.length +
  plan.addSaves.length +
  plan.replaceSaves.length +
  plan.asideSaves.length +
  (plan.settings ? 1 : 0);

const blank = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, ''])) as Record<K, string>;

/** Everything but the time of the last edit: two copies with the same writing are the same entry. */
const writingOf = (entry: JournalEntry) => JSON.stringify({ ...entry, updatedAt: '' });

/**
 * The two copies of one entry merged: each field the newer copy wrote wins,
 * the older copy's writing fills the rest. The base is the entry as a
 * scenario leaves it (nothing written), so "wrote" means "not blank".
 */
export function mergeCopies(here: JournalEntry, fromFile: JournalEntry): JournalEntry {
  const [newer, older] = fromFile.updatedAt > here.updatedAt ? [fromFile, here] : [here, fromFile];
  const base: JournalEntry = {
    ...older,
    reflection: blank(GIBBS_STAGES),
    cpd: { ...blank(CPD_FIELDS), activityType: DEFAULT_ACTIVITY_TYPE },
    decisions: older.decisions.map((d) => ({ ...d, why: null })),
  };
  return { ...mergeEntry(base, newer, older), updatedAt: here.updatedAt };
}

/** The name a file's save is kept aside under: the same save always gets the same name. */
export const restoredTag = (save: SaveGame): string => `restored-${contentHash(JSON.stringify([save.seed, save.events]))}`;
export const asideKey = (scenarioId: string, tag: string): string => `aside:${scenarioId}:${tag}`;

const sameSave = (a: SaveGame, b: SaveGame) => a.rev === b.rev || JSON.stringify([a.seed, a.events]) === JSON.stringify([b.seed, b.events]);

export function planRestore(file: BackupContents, device: DeviceHolding): RestorePlan {
  const plan: RestorePlan = {
    addEntries: [],
    mergeEntries: [],
    unchangedEntries: 0,
    addSaves: [],
    replaceSaves: [],
    asideSaves: [],
    unchangedSaves: 0,
    settings: device.hasSettings ? null : file.settings,
  };
  for (const entry of file.journal) {
    const here = device.entries.find((e) => e.id === entry.id);
    if (!here) plan.addEntries.push(entry);
    else {
      const merged = mergeCopies(here, entry);
      if (writingOf(merged) === writingOf(here)) plan.unchangedEntries += 1;
      else plan.mergeEntries.push(merged);
    }
  }
  for (const save of file.saves) {
    const here = device.saves.find((s) => s.scenarioId === save.scenarioId);
    const tag = restoredTag(save);
    if (!here) plan.addSaves.push(save);
    else if (sameSave(here, save) || device.asideKeys.has(asideKey(save.scenarioId, tag))) plan.unchangedSaves += 1;
    else if (save.savedAt > here.savedAt) plan.replaceSaves.push({ save, expectedRev: here.rev });
    else plan.asideSaves.push({ save, tag });
  }
  return plan;
}
