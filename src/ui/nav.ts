import { button } from './dom.ts';
import type { Screen } from './screen.ts';

export interface NavView {
  inScenario: boolean;
  leave: () => void;
  settings: (opener: HTMLElement) => void;
  pause: () => void;
}

export function renderNav(screen: Screen, view: NavView): void {
  const settings = button('Settings', () => view.settings(settings), { class: 'nav-button', 'aria-haspopup': 'dialog' });
  screen.nav.replaceChildren(
    // "Pause" alone: a phone has no Escape key. The shortcut is announced, not printed.
    button('Pause', view.pause, { class: 'nav-button', 'aria-haspopup': 'dialog', 'aria-keyshortcuts': 'Escape', title: 'Pause (Escape)' }),
    settings,
    ...(view.inScenario ? [button('Leave scenario', view.leave, { class: 'nav-button' })] : []),
  );
}
