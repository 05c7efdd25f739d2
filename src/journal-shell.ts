// Wires the journal: entries kept on the device when a scenario ends, the
// journal and reflection screens, and the downloads (whose code, fonts and
// framework data load only when the player first asks for a file).
import type { GameEvent } from './machines/game-machine.ts';
import type { JournalEntry } from './model/journal.ts';
import { JournalStore } from './persistence/journal-store.ts';
import type { JournalProblem } from './persistence/journal-store.ts';
import type { KeyValueStore } from './persistence/key-value-store.ts';
import { renderJournal } from './ui/journal-screen.ts';
import { renderReflection } from './ui/reflection-screen.ts';
import type { ExportActions } from './ui/export-panel.ts';
import { download } from './ui/download.ts';
import { showStorageWarning } from './ui/storage-notice.ts';
import type { Screen } from './ui/screen.ts';

const exporter = () => import('./export/exports.ts').catch(() => {
  throw new Error('the part of the game that makes files could not be loaded. Check the connection to the page and try again.');
});

const EXPORTS: ExportActions = {
  async exportRecord(entry, format, choice) {
    const made = await exporter();
    const file = format === 'pdf' ? await made.recordPdfFile(entry, choice) : made.recordMarkdown(entry, choice);
    download(file);
    return file.name;
  },
  async exportCertificate(entry, name) {
    const file = await (await exporter()).certificateFile(entry, name);
    download(file);
    return file.name;
  },
};

export class JournalShell {
  private readonly journal: JournalStore;
  /** Entries kept in memory as well, so nothing is lost when storage fails. */
  private readonly unsaved = new Map<string, JournalEntry>();
  /** Damaged entries found this session (any listing sets them aside), for the journal to report. */
  private readonly problems: JournalProblem[] = [];

  constructor(store: KeyValueStore) {
    this.journal = new JournalStore(store);
  }

  keep(entry: JournalEntry): boolean {
    const saved = this.journal.put(entry);
    if (saved) this.unsaved.delete(entry.id);
    else {
      this.unsaved.set(entry.id, entry);
      showStorageWarning();
    }
    return saved;
  }

  /** After "erase everything": drop what is held in memory too. */
  forget(): void {
    this.unsaved.clear();
    this.problems.length = 0;
  }

  count(): number {
    return this.list().entries.length;
  }

  private list() {
    const { entries, problems } = this.journal.list();
    this.problems.push(...problems);
    const stored = new Set(entries.map((e) => e.id));
    return { entries: [...[...this.unsaved.values()].filter((e) => !stored.has(e.id)), ...entries], problems: [...this.problems] };
  }

  showJournal(screen: Screen, send: (event: GameEvent) => void, redraw: () => void): void {
    renderJournal(screen, {
      ...this.list(),
      open: (id) => send({ type: 'OPEN_ENTRY', id }),
      remove: (id) => {
        this.journal.remove(id);
        this.unsaved.delete(id);
        redraw();
      },
      toTitle: () => send({ type: 'TITLE' }),
    });
  }

  showReflection(screen: Screen, id: string, send: (event: GameEvent) => void, canGoToDebrief: boolean): boolean {
    const entry = this.unsaved.get(id) ?? this.journal.get(id);
    if (!entry) return false;
    renderReflection(screen, entry, {
      ...EXPORTS,
      save: (changed) => this.keep(changed),
      toDebrief: canGoToDebrief ? () => send({ type: 'DEBRIEF' }) : null,
      toJournal: () => send({ type: 'JOURNAL' }),
      toTitle: () => send({ type: 'TITLE' }),
    });
    return true;
  }
}
