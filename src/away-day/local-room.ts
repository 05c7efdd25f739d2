// A show of hands run in the facilitator's window: the pure room (src/room)
// with the story played by inkjs here, no server and no phones. The console
// page loads this module only when the facilitator chooses a show of hands,
// so the phones console stays as light as it was. Every change is saved to
// this browser (the console window alone writes), so a reload carries on;
// every view goes to the console and, through the window link, to the
// projector window.
import { catalogue } from 'virtual:story-catalogue';
import { SHIPPED_CONTENT } from '../content/shipped-content.ts';
import { agencyLabel } from '../content/lookups.ts';
import { InkStory } from '../story/story-runner.ts';
import { awayDayAgencies } from '../room/away-day-agencies.ts';
import { handsAct } from '../room/hands.ts';
import { handsCode } from '../room/hands-input.ts';
import { restoreHands, savedHands, savedScenario } from '../room/hands-session.ts';
import { openRoom } from '../room/room-state.ts';
import type { RoomState } from '../room/room-state.ts';
import type { ConsoleMessage, ConsoleView, HandsMessage } from '../room/protocol.ts';
import { consoleView, projectorView, sharedView } from '../room/views.ts';
import { heldHands, keepHands } from './page-storage.ts';
import { feedProjectors } from './window-link.ts';

export interface LocalHandlers {
  view(view: ConsoleView): void;
  /** The session has closed: nothing of it is kept. */
  closed(): void;
}

export interface LocalRoom {
  /** Applies a message; the refusal in plain words, or null when it was done. */
  act(message: ConsoleMessage | HandsMessage): string | null;
  /** Opens the projector window (call it from a click); false when the browser blocked it. */
  openProjector(): boolean;
  /** The projector window's address, for a link when a pop-up is blocked. */
  projectorUrl: string;
}

async function loadStory(scenarioId: string): Promise<InkStory | null> {
  const entry = catalogue.find((s) => s.id === scenarioId);
  return entry ? new InkStory(await entry.load()) : null;
}

const randomSeed = () => crypto.getRandomValues(new Uint32Array(1))[0]! % 1_000_000;
const randomUnit = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

/** The projector page in the same folder as the console, told which session to show. */
export const handsProjectorUrl = (code: string): string => new URL(`projector.html#hands-${code}`, location.href).href;

/**
 * Opens a new show of hands for `scenarioId`, or carries on the one kept in
 * this browser when `scenarioId` is null. Throws an Error in plain words when
 * the scenario or the kept session cannot be opened.
 */
export async function openLocalRoom(scenarioId: string | null, handlers: LocalHandlers): Promise<LocalRoom> {
  const held = scenarioId === null ? heldHands() : null;
  const id = scenarioId ?? savedScenario(held);
  const story = id ? await loadStory(id) : null;
  if (!id || !story) throw new Error('The show of hands kept in this tab could not be read. Start a new one.');
  const restored = held ? restoreHands(held, story) : null;
  // A kept session the story cannot replay (the scenario was edited since) is said so, not quietly replaced.
  if (held && !restored)
    throw new Error('The show of hands kept in this tab could not be carried on: the scenario has changed. Start a new one.');
  let state: RoomState =
    restored ??
    openRoom(story, {
      code: handsCode(randomUnit),
      scenarioId: id,
      agencies: awayDayAgencies((agency) => agencyLabel(SHIPPED_CONTENT, agency)),
      seed: randomSeed(),
      hands: true,
    });
  const feed = feedProjectors(state.config.code, randomUnit);
  const projectorUrl = handsProjectorUrl(state.config.code);
  let ticking: ReturnType<typeof setInterval> | null = null;

  const show = () => {
    const shared = sharedView(state, Date.now());
    handlers.view(consoleView(shared, state, ''));
    feed.show(projectorView(shared, state, ''));
  };
  // The discussion timer counts down on both screens once a second until it runs out or stops.
  const tick = () => {
    if (state.timerEndsAt !== null && !ticking) ticking = setInterval(tickOnce, 1000);
    if (state.timerEndsAt === null && ticking) {
      clearInterval(ticking);
      ticking = null;
    }
  };
  const tickOnce = () => {
    show();
    if (state.timerEndsAt === null || state.timerEndsAt <= Date.now()) {
      if (ticking) clearInterval(ticking);
      ticking = null;
    }
  };

  keepHands(savedHands(state));
  show();
  tick();
  return {
    projectorUrl,
    openProjector: () => feed.open(projectorUrl),
    act(message) {
      const change = handsAct(state, message, { story, now: Date.now() });
      if (!change.ok) return change.error;
      state = change.state;
      if (state.closed) {
        keepHands(null);
        feed.closed();
        feed.stop();
        if (ticking) clearInterval(ticking);
        handlers.closed();
        return null;
      }
      keepHands(savedHands(state));
      show();
      tick();
      return null;
    },
  };
}
