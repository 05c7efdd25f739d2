// The projector window of a show of hands: its views come from the console
// window of the same browser (window-link.ts) rather than the room server,
// through the same handlers the server's link calls, and it shows no join
// address (there are no phones to join).
import type { ProjectorView } from '../room/protocol.ts';
import { el } from '../ui/dom.ts';
import type { RoomHandlers } from './room-client.ts';
import { listenToConsole } from './window-link.ts';

/** Shaped like connectRoom, so the projector page calls either the same way; the storage key and entry are the server's only. */
export const consoleWindow =
  (code: string) =>
  (_storageKey: string, _entry: unknown, handlers: RoomHandlers<ProjectorView>): void => {
    handlers.status('connecting');
    listenToConsole(code, {
      view: (view) => {
        handlers.status('connected');
        handlers.view(view);
      },
      closed: () => handlers.status('closed'),
      silent: () =>
        handlers.error(
          'No console window has answered. Open this window with “Open the projector window” on the console, in the same browser.',
        ),
    });
  };

/** In the lobby, what the room is about to do; later, nothing (the story and the counts speak). */
export function handsWelcome(view: ProjectorView): HTMLElement | null {
  return view.phase === 'lobby' ? el('p', { class: 'join-reminder' }, 'A show of hands: no phones needed. The facilitator counts.') : null;
}
