// The journal: every finished scenario kept on this device, newest first, to
// reopen, keep writing in, download from, or delete.
import type { JournalEntry } from '../model/journal.ts';
import { stagesWritten } from '../model/journal.ts';
import { GIBBS_STAGES } from '../model/reflection-hints.ts';
import { longDate } from '../model/record-document.ts';
import type { JournalProblem } from '../model/stored-problems.ts';
import { button, el, showDialog } from './dom.ts';
import { showScreen } from './screen.ts';
import type { Screen } from './screen.ts';
import { renderBackupPanel } from './backup-panel.ts';
import type { BackupView } from './backup-panel.ts';

export interface JournalView {
  entries: JournalEntry[];
  problems: JournalProblem[];
  open: (id: string) => void;
  remove: (id: string) => void;
  toTitle: () => void;
  backup: BackupView;
}

function confirmDelete(entry: JournalEntry, remove: () => void): void {
  const dialog = el(
    'dialog',
    { 'aria-labelledby': 'delete-heading', class: 'settings' },
    el('h2', { id: 'delete-heading' }, 'Delete this entry?'),
    el(
      'p',
      {},
      `This removes your reflection on ${entry.scenarioTitle} (${longDate(entry.finishedAt)}) from this device. It cannot be undone. Files you have already downloaded are not affected.`,
    ),
    el(
      'div',
      { class: 'actions' },
      button(
        'Yes, delete it',
        () => {
          dialog.close();
          remove();
        },
        { class: 'danger' },
      ),
      button('No, keep it', () => dialog.close(), { class: 'primary' }),
    ),
  );
  showDialog(dialog);
}

function card(entry: JournalEntry, view: JournalView): HTMLElement {
  const written = stagesWritten(entry);
  const reasons = entry.decisions.filter((d) => d.why).length;
  const when = longDate(entry.finishedAt);
  return el(
    'li',
    { class: 'scenario-card' },
    el('h2', {}, entry.scenarioTitle),
    el(
      'p',
      { class: 'meta' },
      `Finished ${when}, ${entry.minutes} minute${entry.minutes === 1 ? '' : 's'} in the scenario. ${entry.findings.planName}.`,
    ),
    el(
      'p',
      {},
      `Reflection: ${written} of ${GIBBS_STAGES.length} steps written. Reasons given for ${reasons} of ${entry.decisions.length} decisions.${entry.cpd.peerDiscussion.trim() ? ' Peer discussion recorded.' : ''}`,
    ),
    el(
      'div',
      { class: 'actions' },
      button('Open', () => view.open(entry.id), { class: 'primary', 'aria-label': `Open ${entry.scenarioTitle}, ${when}` }),
      button('Delete…', () => confirmDelete(entry, () => view.remove(entry.id)), {
        'aria-label': `Delete ${entry.scenarioTitle}, ${when}…`,
      }),
    ),
  );
}

export function renderJournal(screen: Screen, view: JournalView): void {
  const backup = renderBackupPanel(view.backup);
  showScreen(
    screen,
    'Your journal',
    el(
      'p',
      { class: 'lede' },
      'Each scenario you finish is kept here with its debrief, the reasons you gave and your reflection. Open one to keep writing or to download a CPD record or a certificate.',
    ),
    el(
      'p',
      { class: 'notice privacy' },
      'Your journal is kept on this device only and is never sent anywhere. Anyone who uses this device and browser can read it; delete entries, or erase everything from Settings, on a shared computer.',
    ),
    ...view.problems.map((p) =>
      el(
        'p',
        { class: 'notice error', role: 'alert' },
        `A journal entry could not be opened. ${p.problem} It has been kept aside on this device, unchanged; everything else works as normal.`,
      ),
    ),
    view.entries.length
      ? el('ul', { class: 'scenario-list', 'aria-label': 'Journal entries' }, ...view.entries.map((e) => card(e, view)))
      : el('p', {}, 'There are no entries yet. When you finish a scenario, its debrief is kept here for you to reflect on.'),
    backup,
    el('div', { class: 'actions' }, button('Back to the scenarios', view.toTitle)),
  );
  // Just restored: the player hears what came back, rather than the heading again.
  if (view.backup.notice) backup.querySelector<HTMLElement>('.backup-message [tabindex]')?.focus();
}
