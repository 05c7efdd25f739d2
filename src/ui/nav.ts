import { button } from './dom.ts';
import type { Screen } from './screen.ts';

export interface NavView {
  inScenario: boolean;
  muted: boolean;
  leave: () => void;
  toggleMute: () => void;
}

export function renderNav(screen: Screen, view: NavView): void {
  screen.nav.replaceChildren(
    button('Mute sound', view.toggleMute, { 'aria-pressed': view.muted ? 'true' : 'false', class: 'nav-button' }),
    ...(view.inScenario ? [button('Leave scenario', view.leave, { class: 'nav-button' })] : []),
  );
}
