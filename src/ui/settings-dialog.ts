// Settings in a native dialog: keyboard and screen-reader friendly by default,
// and Escape closes it.
import type { Settings } from '../model/settings.ts';
import { button, el, showDialog } from './dom.ts';
import { WHAT_IS_SENT } from './title-screen.ts';
import type { Reporting } from './title-screen.ts';

export function openSettings(
  current: Settings,
  change: (next: Settings) => void,
  opener: HTMLElement | null,
  erase: () => void,
  reporting: Reporting = 'nothing',
): void {
  let settings = { ...current };
  const update = (patch: Partial<Settings>) => {
    settings = { ...settings, ...patch };
    change(settings);
  };
  const muted = el('input', { type: 'checkbox', id: 'setting-muted', checked: settings.muted });
  muted.addEventListener('change', () => update({ muted: muted.checked }));
  const volume = el('input', { type: 'range', id: 'setting-volume', min: 0, max: 100, step: 5, value: settings.volume });
  volume.addEventListener('input', () => update({ volume: Number(volume.value) }));
  const captions = el('input', { type: 'checkbox', id: 'setting-captions', checked: settings.captions });
  captions.addEventListener('change', () => update({ captions: captions.checked }));
  const contrast = el('input', { type: 'checkbox', id: 'setting-contrast', checked: settings.contrast });
  contrast.addEventListener('change', () => update({ contrast: contrast.checked }));
  const confirm = el(
    'div',
    { class: 'confirm', hidden: true },
    el(
      'p',
      {},
      'This removes every saved game, your settings and anything you have written in the game, from this device. It cannot be undone.',
    ),
    button(
      'Yes, erase everything',
      () => {
        erase();
        dialog.close();
      },
      { class: 'danger' },
    ),
    button('No, keep it', () => {
      confirm.hidden = true;
      askButton.focus();
    }),
  );
  const askButton = button('Erase everything on this device…', () => {
    confirm.hidden = false;
    confirm.querySelector('button')?.focus();
  });
  const dialog = el(
    'dialog',
    { class: 'settings', 'aria-labelledby': 'settings-heading' },
    el('h2', { id: 'settings-heading' }, 'Settings'),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Sound'),
      el('p', { class: 'note' }, 'Sound starts after your first click or key press. Nothing in the game depends on hearing it.'),
      el('label', { for: 'setting-muted' }, muted, ' Mute all sound'),
      el('label', { for: 'setting-volume', class: 'range' }, 'Volume', volume),
      el('label', { for: 'setting-captions' }, captions, ' Show captions for sounds that mean something'),
    ),
    el('fieldset', {}, el('legend', {}, 'Display'), el('label', { for: 'setting-contrast' }, contrast, ' High contrast colours')),
    el('fieldset', {}, el('legend', {}, 'Your data'), el('p', { class: 'note' }, WHAT_IS_SENT[reporting]), askButton, confirm),
    el('p', { class: 'note' }, 'Settings are remembered on this device only.'),
    el(
      'div',
      { class: 'actions' },
      button('Close', () => dialog.close(), { class: 'primary' }),
    ),
  );
  showDialog(dialog, opener);
}

/** Shows a caption for a sound for a few seconds. */
export function showCaption(text: string): void {
  const region = document.getElementById('captions');
  if (!region) return;
  region.textContent = text;
  region.hidden = false;
  window.setTimeout(() => {
    if (region.textContent === text) region.hidden = true;
  }, 4000);
}

/** Clears a caption when the player leaves the scene it belonged to. */
export function hideCaption(): void {
  const region = document.getElementById('captions');
  if (region) region.hidden = true;
}
