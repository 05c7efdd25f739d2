// The shell every screen renders into: one h1 per screen, focus moved to the
// new screen's heading, and a polite live region for new story text.
import { el } from './dom.ts';

export interface Screen {
  main: HTMLElement;
  announcer: HTMLElement;
  nav: HTMLElement;
}

export function findScreen(): Screen {
  const main = document.getElementById('main');
  const announcer = document.getElementById('announcer');
  const nav = document.getElementById('game-nav');
  if (!main || !announcer || !nav) throw new Error('The page is missing its main, announcer or nav element.');
  return { main, announcer, nav };
}

export function showScreen(screen: Screen, title: string, ...content: (HTMLElement | null)[]): HTMLHeadingElement {
  const heading = el('h1', { tabindex: -1 }, title);
  // A section with nothing to say (no objectives, say) is left out, not shown empty.
  screen.main.replaceChildren(heading, ...content.filter((c): c is HTMLElement => c !== null));
  document.title = `${title} · Rules at Play`;
  heading.focus();
  return heading;
}

export function announce(screen: Screen, text: string): void {
  // Replacing the region's content makes screen readers read the new text once.
  screen.announcer.replaceChildren(el('p', {}, text));
}
