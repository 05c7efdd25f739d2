// The journal on the device: one key per entry. An entry that cannot be read
// is moved aside, never overwritten, and reported, like a damaged save.
import { readJournalEntry, writeJournalEntry } from '../model/journal-schema.ts';
import type { JournalEntry } from '../model/journal.ts';
import type { KeyValueStore } from './key-value-store.ts';
import type { JournalProblem } from '../model/stored-problems.ts';

// Re-exported: the shell names the problems where it wires the stores.
export type { JournalProblem };

const PREFIX = 'journal:';

export class JournalStore {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every readable entry, newest first; unreadable ones are moved aside and reported. */
  list(): { entries: JournalEntry[]; problems: JournalProblem[] } {
    const entries: JournalEntry[] = [];
    const problems: JournalProblem[] = [];
    for (const key of this.store.keys().filter((k) => k.startsWith(PREFIX))) {
      const raw = this.store.get(key);
      const read = readJournalEntry(raw);
      if (read.ok) {
        entries.push(read.entry);
        continue;
      }
      const id = key.slice(PREFIX.length);
      const keptAs = `aside:journal-${id}:${this.now().toISOString()}`;
      if (raw !== null) this.store.set(keptAs, raw);
      this.store.remove(key);
      problems.push({ id, problem: read.problem, keptAs });
    }
    entries.sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));
    return { entries, problems };
  }

  get(id: string): JournalEntry | null {
    const read = readJournalEntry(this.store.get(PREFIX + id));
    return read.ok ? read.entry : null;
  }

  /** False when the entry could not reach the device's storage (it is still kept in memory). */
  put(entry: JournalEntry): boolean {
    return this.store.set(PREFIX + entry.id, writeJournalEntry({ ...entry, updatedAt: this.now().toISOString() }));
  }

  remove(id: string): void {
    this.store.remove(PREFIX + id);
  }
}
