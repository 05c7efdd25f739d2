// Wires the journal: entries kept on the device when a scenario ends, and the
// journal and reflection screens (loaded on first use, from journal-views.ts;
// the code, fonts and framework data for files load only when a file is asked for).
import type { GameEvent } from '../machines/game-machine.ts';
import type { JournalEntry } from '../model/journal.ts';
import { changedElsewhere, mergeEntry } from '../model/journal-merge.ts';
import { JournalStore } from '../persistence/journal-store.ts';
import type { JournalProblem } from '../persistence/journal-store.ts';
import type { KeyValueStore } from '../persistence/key-value-store.ts';
import type { ExportActions } from '../ui/export-panel.ts';
import type { Screen } from '../ui/screen.ts';
import { showScreen } from '../ui/screen.ts';
import { el } from '../ui/dom.ts';
import type * as JournalViews from './journal-views.ts';

export class JournalShell {
  private readonly journal: JournalStore;
  /** Entries kept in memory as well, so nothing is lost when storage fails. */
  private readonly unsaved = new Map<string, JournalEntry>();
  /** Damaged entries found this session (any listing sets them aside), for the journal to report. */
  private readonly problems: JournalProblem[] = [];

  /** `report` tells the player what is held only in memory, if anything; `files` makes and downloads an entry's files. */
  constructor(
    store: KeyValueStore,
    private readonly report: () => void,
    private readonly files: ExportActions,
  ) {
    this.journal = new JournalStore(store);
  }

  /** Fetches the journal's screens ahead of need (after the first paint), so opening them is instant. */
  prefetch(): void {
    import('./journal-views.ts').catch(() => {
      /* Tried again, and reported, when the journal is opened. */
    });
  }

  keep(entry: JournalEntry): boolean {
    const saved = this.journal.put(entry);
    if (saved) this.unsaved.delete(entry.id);
    else this.unsaved.set(entry.id, entry);
    this.report();
    return saved;
  }

  /**
   * An edit to an entry that already exists: only what this tab changed
   * (`mine` against `base`) is laid over the entry as stored now, so another
   * tab's writing is kept. An entry deleted or erased elsewhere is not
   * brought back.
   */
  edit(base: JournalEntry, mine: JournalEntry): JournalViews.EditResult {
    // The device store answers with a write still waiting in memory, so storage comes first.
    const stored = this.journal.get(mine.id) ?? this.unsaved.get(mine.id);
    if (!stored) return 'gone';
    const merged = mergeEntry(base, mine, stored);
    const saved = this.keep(merged);
    if (!saved) return 'memory';
    return changedElsewhere(mine, merged) ? 'merged' : 'saved';
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

  /**
   * Shows the journal or a reflection once their code has loaded, unless the
   * player has moved on meanwhile (`stillWanted`). A failed load is reported.
   */
  async show(
    screen: Screen,
    view: { entryId: string | null; canGoToDebrief: boolean },
    send: (event: GameEvent) => void,
    stillWanted: () => boolean,
    redraw: () => void,
  ): Promise<void> {
    let views: typeof JournalViews;
    try {
      views = await import('./journal-views.ts');
    } catch {
      if (stillWanted()) {
        showScreen(
          screen,
          'Your journal',
          el(
            'p',
            { class: 'notice error', role: 'alert' },
            'The journal could not be opened: part of the game did not load. Check the connection to the page and reload it; nothing in your journal has been lost.',
          ),
        );
      }
      return;
    }
    if (!stillWanted()) return;
    if (view.entryId === null) {
      views.showJournal(screen, this.list(), send, (id) => {
        this.journal.remove(id);
        this.unsaved.delete(id);
        redraw();
      });
      return;
    }
    const entry = this.unsaved.get(view.entryId) ?? this.journal.get(view.entryId);
    if (!entry) send({ type: 'JOURNAL' });
    else {
      // What this tab last showed or wrote: its changes are measured against it.
      let base = entry;
      views.showReflection(
        screen,
        entry,
        send,
        (mine) => {
          const result = this.edit(base, mine);
          base = mine;
          return result;
        },
        view.canGoToDebrief,
        this.files,
      );
    }
  }
}
