// The journal's screens and downloads, loaded the first time the player opens
// the journal or a reflection, so the title screen does not wait for them.
import type { GameEvent } from '../machines/game-machine.ts';
import type { JournalEntry } from '../model/journal.ts';
import type { JournalProblem } from '../persistence/journal-store.ts';
import { renderJournal } from '../ui/journal-screen.ts';
import { renderReflection } from '../ui/reflection-screen.ts';
import type { ExportActions } from '../ui/export-panel.ts';
import type { Screen } from '../ui/screen.ts';

/** What keeping an edit came to (named here, where it is put in words, so the shell depends on the views and not both ways). saved; merged: saved, and another tab's writing in the same entry was kept too; memory: only in memory; gone: deleted elsewhere. */
export type EditResult = 'saved' | 'merged' | 'memory' | 'gone';

export interface JournalListing {
  entries: JournalEntry[];
  problems: JournalProblem[];
}

export function showJournal(screen: Screen, listing: JournalListing, send: (event: GameEvent) => void, remove: (id: string) => void): void {
  renderJournal(screen, { ...listing, open: (id) => send({ type: 'OPEN_ENTRY', id }), remove, toTitle: () => send({ type: 'TITLE' }) });
}

export function showReflection(
  screen: Screen,
  entry: JournalEntry,
  send: (event: GameEvent) => void,
  keep: (entry: JournalEntry) => EditResult,
  canGoToDebrief: boolean,
  files: ExportActions,
): void {
  renderReflection(screen, entry, {
    ...files,
    save: keep,
    toDebrief: canGoToDebrief ? () => send({ type: 'DEBRIEF' }) : null,
    toJournal: () => send({ type: 'JOURNAL' }),
    toTitle: () => send({ type: 'TITLE' }),
  });
}
