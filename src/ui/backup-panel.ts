// On the journal screen: download the whole journal as one file, and restore
// one after seeing what it would add. A file the game cannot use is refused
// with its reason, and nothing on the device changes.
import type { RestorePlan } from '../model/backup-plan.ts';
import { planChanges } from '../model/backup-plan.ts';
import { BACKUP_MAX_BYTES } from '../model/backup.ts';
import { longDate } from '../model/record-document.ts';
import { button, el, showDialog } from './dom.ts';

export type BackupPreview = { ok: false; problem: string } | { ok: true; madeAt: string; plan: RestorePlan; restore: () => RestorePlan };

export interface BackupView {
  /** Downloads the backup; returns the file's name. */
  download: () => string;
  preview: (text: string, size: number) => BackupPreview;
  /** After a restore: the journal is drawn again, with `restoredText(plan)` at the top. */
  restored: (plan: RestorePlan) => void;
  /** What the last restore did, shown once. */
  notice: string | null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const decisions = (events: { type: string }[]) => plural(events.filter((e) => e.type === 'choose').length, 'decision');
const entryName = (e: { scenarioTitle: string; finishedAt: string }) => `${e.scenarioTitle}, finished ${longDate(e.finishedAt)}`;

/** One line of the preview: a heading with its count and, under it, the titles. */
function group(label: string, items: string[]): HTMLElement | null {
  if (!items.length) return null;
  return el('li', {}, `${label} (${items.length}):`, el('ul', {}, ...items.map((item) => el('li', {}, item))));
}

export function restoredText(plan: RestorePlan): string {
  const done = [
    plan.addEntries.length && `${plural(plan.addEntries.length, 'journal entry', 'journal entries')} added`,
    plan.mergeEntries.length && `${plural(plan.mergeEntries.length, 'entry', 'entries')} given writing from the file`,
    plan.addSaves.length + plan.replaceSaves.length &&
      `${plural(plan.addSaves.length + plan.replaceSaves.length, 'saved game')} to continue`,
    plan.asideSaves.length && `${plural(plan.asideSaves.length, 'older saved game')} kept aside`,
    plan.settings && 'your settings',
  ].filter(Boolean);
  return `Restored from the backup: ${done.join(', ')}. Nothing on this device was deleted.`;
}

function confirmRestore(madeAt: string, plan: RestorePlan, restore: () => void): void {
  const unchanged = plan.unchangedEntries + plan.unchangedSaves;
  const dialog = el(
    'dialog',
    { 'aria-labelledby': 'restore-heading', class: 'settings restore-preview' },
    el('h2', { id: 'restore-heading' }, 'Restore this backup?'),
    el('p', {}, `The backup was made on ${longDate(madeAt)}. Restoring adds to what is on this device; it never deletes anything.`),
    el(
      'ul',
      { class: 'restore-list' },
      group('Journal entries to add', plan.addEntries.map(entryName)),
      group('Entries already here that gain writing from the file', plan.mergeEntries.map(entryName)),
      group(
        'Saved games to add',
        plan.addSaves.map((s) => `${s.title} (${decisions(s.events)})`),
      ),
      group(
        'Saved games where the file’s is newer: it becomes the one to continue, and this device’s is kept aside',
        plan.replaceSaves.map(({ save }) => `${save.title} (${decisions(save.events)})`),
      ),
      group(
        'Saved games where this device’s is newer: it stays, and the file’s is kept aside',
        plan.asideSaves.map(({ save }) => `${save.title} (${decisions(save.events)})`),
      ),
      plan.settings ? el('li', {}, 'Settings: this device has none of its own yet, so the file’s are used.') : null,
      unchanged ? el('li', {}, `Already on this device, unchanged: ${plural(unchanged, 'item')}.`) : null,
    ),
    el(
      'div',
      { class: 'actions' },
      button(
        'Restore',
        () => {
          dialog.close();
          restore();
        },
        { class: 'primary' },
      ),
      button('Cancel', () => dialog.close()),
    ),
  );
  showDialog(dialog);
}

export function renderBackupPanel(view: BackupView): HTMLElement {
  const message = el('div', { class: 'backup-message' });
  const say = (text: string, kind: 'status' | 'error') => {
    const note = el(
      'p',
      { class: kind === 'error' ? 'notice error' : 'notice', role: kind === 'error' ? 'alert' : 'status', tabindex: -1 },
      text,
    );
    message.replaceChildren(note);
    note.focus();
  };
  const picker = el('input', { type: 'file', accept: '.json,application/json', hidden: true, 'aria-hidden': 'true', tabindex: -1 });
  const restoreButton = button('Restore from a backup file…', () => picker.click());
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (!file) return;
    // An oversized file is refused by its size, without reading it.
    const text = file.size > BACKUP_MAX_BYTES ? Promise.resolve('') : file.text();
    text
      .then((read) => {
        const preview = view.preview(read, file.size);
        if (!preview.ok) say(`"${file.name}" was not restored. ${preview.problem}`, 'error');
        else if (!planChanges(preview.plan))
          say(`Everything in this backup (made ${longDate(preview.madeAt)}) is already on this device. Nothing was changed.`, 'status');
        else confirmRestore(preview.madeAt, preview.plan, () => view.restored(preview.restore()));
      })
      .catch(() => say(`"${file.name}" could not be read from the device. Nothing was changed.`, 'error'));
  });
  const section = el(
    'section',
    { 'aria-labelledby': 'backup-heading', class: 'backup' },
    el('h2', { id: 'backup-heading' }, 'Back up or move your journal'),
    el(
      'p',
      {},
      'Download everything the game keeps for you on this device (your journal entries, saved games in progress and settings) as one file. Restore it here, or in the game on another device or browser, to carry on there.',
    ),
    el(
      'p',
      { class: 'notice privacy' },
      'The backup holds your reflections and reasons in your own words. Keep it somewhere safe, as you would your notes, and do not write names or identifying details into your journal.',
    ),
    message,
    el(
      'div',
      { class: 'actions' },
      button('Download a backup', () => {
        try {
          say(`Your backup was downloaded as "${view.download()}".`, 'status');
        } catch {
          say('The backup could not be made on this device. Nothing was changed.', 'error');
        }
      }),
      restoreButton,
      picker,
    ),
  );
  if (view.notice) {
    const note = el('p', { class: 'notice', role: 'status', tabindex: -1 }, view.notice);
    message.append(note);
  }
  return section;
}
