// Calm, visible notices under the masthead about what the device is keeping:
// storage that refuses writes (and what is only in memory meanwhile), and
// what another open tab did. A notice is replaced, not stacked, when it changes.
import { el } from './dom.ts';

const DEFAULT_WARNING =
  'This device is not letting the game save. You can keep playing: your progress lasts until you close this tab. Anything saved before is untouched.';

/** Shows (or updates) a notice; `role` alert for what needs the player's attention now. */
export function showNotice(id: string, text: string, role: 'status' | 'alert' = 'status'): void {
  const existing = document.getElementById(id);
  if (existing) {
    if (existing.textContent !== text) existing.textContent = text;
    return;
  }
  const notice = el('div', { id, class: 'storage-warning', role }, text);
  document.querySelector('.masthead')?.after(notice);
}

export function clearNotice(id: string): void {
  document.getElementById(id)?.remove();
}

/**
 * The storage warning. `unsaved` names what is held only in memory (a
 * failed write being retried); without it, storage is refused altogether.
 */
export function showStorageWarning(unsaved: string[] = []): void {
  if (!unsaved.length) {
    showNotice('storage-warning', DEFAULT_WARNING);
    return;
  }
  showNotice(
    'storage-warning',
    `This device's storage is full or refusing writes, so ${unsaved.join(', ')} ${unsaved.length === 1 ? 'is' : 'are'} kept only in this tab for now. The game keeps trying to save; freeing space on the device lets it. Anything saved before is untouched.`,
  );
}

export function storageRecovered(): void {
  if (!document.getElementById('storage-warning')) return;
  showNotice('storage-warning', 'Everything is saved on this device again.');
}
