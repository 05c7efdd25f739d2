// Escape opens a pause menu from any screen: carry on, take back the last
// decision, find support, change settings, or leave without penalty.
import { button, el, showDialog } from './dom.ts';

export interface PauseActions {
  inScenario: boolean;
  canRewind: boolean;
  rewind: () => void;
  support: () => void;
  settings: () => void;
  leave: () => void;
}

export function openPauseMenu(actions: PauseActions): void {
  if (document.querySelector('dialog[open]')) return;
  const close = (then?: () => void) => {
    dialog.close();
    then?.();
  };
  const dialog = el(
    'dialog',
    { class: 'settings pause', 'aria-labelledby': 'pause-heading' },
    el('h2', { id: 'pause-heading' }, 'Paused'),
    el(
      'p',
      {},
      actions.inScenario ? 'Your progress is saved after every decision. Take as long as you need.' : 'Take as long as you need.',
    ),
    el(
      'div',
      { class: 'menu' },
      button('Carry on', () => close(), { class: 'primary' }),
      actions.inScenario && actions.canRewind ? button('Take back my last decision', () => close(actions.rewind)) : null,
      button('Support and wellbeing', () => close(actions.support)),
      button('Settings', () => close(actions.settings)),
      actions.inScenario ? button('Leave this scenario', () => close(actions.leave)) : null,
    ),
  );
  showDialog(dialog);
}

export function openSupport(): void {
  const dialog = el(
    'dialog',
    { class: 'settings support', 'aria-labelledby': 'support-heading' },
    el('h2', { id: 'support-heading' }, 'Support and wellbeing'),
    el(
      'p',
      {},
      'The scenarios in this game deal with harm to young people. If something in them has stirred up feelings about your own life or your work, that is a normal response, and it is fine to stop.',
    ),
    el(
      'ul',
      {},
      el(
        'li',
        {},
        'Talk to your supervisor, practice educator, tutor or line manager. Reflecting on difficult material is part of supervision.',
      ),
      el(
        'li',
        {},
        'If you are employed, your employer may offer an employee assistance programme: a confidential service for support with work and personal matters. Your HR team or intranet will have the details.',
      ),
      el('li', {}, 'If you are a student, your university has a student support or wellbeing service.'),
      el('li', {}, 'Your GP can help, and can refer you to talking therapies.'),
      el(
        'li',
        {},
        "If you are worried about a child right now, follow your organisation's safeguarding procedures. If anyone is in immediate danger, contact the emergency services.",
      ),
    ),
    el('p', {}, 'You can leave any scenario at any time, and choose a different one, without losing anything.'),
    el(
      'div',
      { class: 'actions' },
      button('Close', () => dialog.close(), { class: 'primary' }),
    ),
  );
  showDialog(dialog);
}
