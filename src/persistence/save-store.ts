// Saved games on the device: one per scenario, so several can be in progress.
// A save that cannot be read is moved aside, never overwritten, and reported.
// Writes are compare-and-set on the save's revision, so a tab never silently
// overwrites what another tab saved since, nor brings back an erased save.
import { readSave, writeSave } from '../model/save-schema.ts';
import type { SaveGame } from '../model/save-schema.ts';
import type { KeyValueStore } from './key-value-store.ts';
import type { SaveProblem } from '../model/stored-problems.ts';

// Re-exported: the shell names the problems where it wires the stores.
export type { SaveProblem };

/**
 * saved: on the device; memory: kept only in memory (storage refused it);
 * conflict: another tab saved this scenario since, so nothing was written;
 * gone: the save was removed elsewhere (erased, or finished in another tab).
 */
export type SaveWrite = { result: 'saved' | 'memory'; rev: string } | { result: 'conflict' | 'gone'; stored: SaveGame | null };

export class SaveStore {
  /** Counts this store's writes, so two revisions made in the same millisecond still differ. */
  private writes = 0;

  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private newRev(): string {
    this.writes += 1;
    return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}${this.writes.toString(36)}`;
  }

  /** Every readable save; unreadable ones are moved aside and reported. */
  list(): { saves: SaveGame[]; problems: SaveProblem[] } {
    const saves: SaveGame[] = [];
    const problems: SaveProblem[] = [];
    for (const key of this.store
      .keys()
      .filter((k) => k.startsWith('save:'))
      .sort()) {
      const raw = this.store.get(key);
      const read = readSave(raw);
      if (read.ok) {
        saves.push(read.save);
        continue;
      }
      const keptAs = `aside:${key.slice(5)}:${this.now().toISOString()}`;
      if (raw !== null) this.store.set(keptAs, raw);
      this.store.remove(key);
      problems.push({ scenarioId: key.slice(5), problem: read.problem, keptAs });
    }
    return { saves, problems };
  }

  get(scenarioId: string): SaveGame | null {
    const read = readSave(this.store.get(`save:${scenarioId}`));
    return read.ok ? read.save : null;
  }

  /**
   * Writes the save if the stored one is still at `expected` (the revision
   * this tab last wrote or resumed from); `undefined` takes the slot over,
   * as starting a scenario afresh does.
   */
  save(save: Omit<SaveGame, 'version' | 'savedAt' | 'rev'>, expected?: string): SaveWrite {
    if (expected !== undefined) {
      const stored = this.get(save.scenarioId);
      if (!stored) return { result: 'gone', stored: null };
      if (stored.rev !== expected) return { result: 'conflict', stored };
      // Nothing new (a resume rewrites what it read): keep the revision, so
      // merely opening a save in a second tab does not take it over.
      if (JSON.stringify([stored.events, stored.build, stored.seed]) === JSON.stringify([save.events, save.build, save.seed])) {
        return { result: 'saved', rev: stored.rev };
      }
    }
    const rev = this.newRev();
    const written = this.store.set(`save:${save.scenarioId}`, writeSave({ ...save, rev, savedAt: this.now().toISOString() }));
    return { result: written ? 'saved' : 'memory', rev };
  }

  /** Keeps a copy of a save aside, unchanged, under a name that says whose and when. */
  keepAside(save: SaveGame, tag: string = save.savedAt): string {
    const keptAs = `aside:${save.scenarioId}:${tag}`;
    this.store.set(keptAs, writeSave(save));
    return keptAs;
  }

  remove(scenarioId: string): void {
    this.store.remove(`save:${scenarioId}`);
  }
}
