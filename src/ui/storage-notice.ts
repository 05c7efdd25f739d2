// A visible, calm warning when the device will not keep the game's saves.
import { el } from './dom.ts';

export function showStorageWarning(): void {
  if (document.getElementById('storage-warning')) return;
  const notice = el('div', { id: 'storage-warning', class: 'storage-warning', role: 'status' },
    'This device is not letting the game save. You can keep playing: your progress lasts until you close this tab. Anything saved before is untouched.');
  document.querySelector('.masthead')?.after(notice);
}
