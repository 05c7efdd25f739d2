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
    button('Pause (Esc)', view.pause, { class: 'nav-button', 'aria-haspopup': 'dialog' }),
    settings,
    ...(view.inScenario ? [button('Leave scenario', view.leave, { class: 'nav-button' })] : []),
  );
}
