// Saved games on the device: one per scenario, so several can be in progress.
// A save that cannot be read is moved aside, never overwritten, and reported.
import { readSave, writeSave } from '../model/save-schema.ts';
import type { SaveGame } from '../model/save-schema.ts';
import type { KeyValueStore } from './key-value-store.ts';

export interface SaveProblem {
  scenarioId: string;
  problem: string;
  /** Where the unreadable save was kept. */
  keptAs: string;
}

export class SaveStore {
  constructor(private readonly store: KeyValueStore, private readonly now: () => Date = () => new Date()) {}

  /** Every readable save; unreadable ones are moved aside and reported. */
  list(): { saves: SaveGame[]; problems: SaveProblem[] } {
    const saves: SaveGame[] = [];
    const problems: SaveProblem[] = [];
    for (const key of this.store.keys().filter((k) => k.startsWith('save:')).sort()) {
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

  /** False when the save could not reach the device's storage (it is still kept in memory). */
  save(save: Omit<SaveGame, 'version' | 'savedAt'>): boolean {
    return this.store.set(`save:${save.scenarioId}`, writeSave({ ...save, savedAt: this.now().toISOString() }));
  }

  remove(scenarioId: string): void {
    this.store.remove(`save:${scenarioId}`);
  }

  /** Saves set aside because they could not be read. */
  keptAside(): string[] {
    return this.store.keys().filter((k) => k.startsWith('aside:'));
  }

  /** Erases everything the game keeps on this device: saves, settings, journal. */
  eraseEverything(): void {
    for (const key of this.store.keys()) this.store.remove(key);
  }
}
